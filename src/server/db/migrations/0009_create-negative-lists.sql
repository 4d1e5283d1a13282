-- Editions of the FTZ foreign-investment negative list (issue 5; Trial Measures Art. 12; domain-rules §2).
-- Editions are never edited in place: a corrected bundled file becomes a new revision of its code, an
-- administrator's new edition a new code; the latest revision of each code is the one in use.
CREATE TABLE negative_list_editions (
  id              serial PRIMARY KEY,
  code            text NOT NULL,
  revision        integer NOT NULL CHECK (revision >= 1),
  title_zh        text NOT NULL,
  title_en        text NOT NULL,
  instrument      text NOT NULL,
  issued_on       date NOT NULL,
  effective_from  date NOT NULL,
  measure_count   integer NOT NULL CHECK (measure_count >= 1),
  reconstructed   boolean NOT NULL,
  content         jsonb NOT NULL,
  checksum        text NOT NULL,
  origin          text NOT NULL CHECK (origin IN ('bundled', 'loaded')),
  loaded_by       text NOT NULL,
  loaded_at       timestamptz NOT NULL,
  CONSTRAINT negative_list_editions_code_revision_key UNIQUE (code, revision)
);
COMMENT ON TABLE negative_list_editions IS 'FTZ negative-list editions as loaded (NegativeListEdition JSON in content); append-only';
COMMENT ON COLUMN negative_list_editions.origin IS 'bundled: from reference-data/negative-lists at start-up; loaded: by an administrator';
CREATE FUNCTION negative_list_editions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'negative_list_editions is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER negative_list_editions_append_only BEFORE UPDATE OR DELETE ON negative_list_editions
  FOR EACH ROW EXECUTE FUNCTION negative_list_editions_refuse_change();

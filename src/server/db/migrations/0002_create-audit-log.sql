-- The audit trail (issue 3): append-only, hash-chained, written in the same transaction as the change.
CREATE TABLE audit_log (
  seq          bigint PRIMARY KEY,
  occurred_at  timestamptz NOT NULL,
  actor        text NOT NULL,
  action       text NOT NULL,
  subject      text,
  request      jsonb NOT NULL,
  result       jsonb NOT NULL,
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
COMMENT ON TABLE audit_log IS 'Append-only record of every write: who, what, when, request and result summaries';
COMMENT ON COLUMN audit_log.hash IS 'SHA-256 over prev_hash and the canonical JSON of this row; zimao audit verify recomputes it';
CREATE INDEX audit_log_action_idx ON audit_log (action, seq);

-- One row that every writer locks: it serialises appends so the chain has no forks.
CREATE TABLE audit_head (
  id    integer PRIMARY KEY CHECK (id = 1),
  seq   bigint NOT NULL,
  hash  text NOT NULL
);
COMMENT ON TABLE audit_head IS 'Last sequence number and hash of audit_log; locked by each append';
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

CREATE TABLE idempotency_keys (
  actor         text NOT NULL,
  key           text NOT NULL,
  method        text NOT NULL,
  path          text NOT NULL,
  request_hash  text NOT NULL,
  status_code   integer NOT NULL,
  response      jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT idempotency_keys_pkey PRIMARY KEY (actor, key)
);
COMMENT ON TABLE idempotency_keys IS 'Responses of writes sent with an Idempotency-Key header, replayed on retry';

-- Credit codes zimao issues (GB 32100-2015), from organisation-code blocks.
CREATE TABLE uscc_blocks (
  prefix      text PRIMARY KEY,
  next_seq    bigint NOT NULL DEFAULT 0,
  note        text
);
COMMENT ON TABLE uscc_blocks IS 'Organisation-code blocks assigned to the zone; next_seq is taken under a row lock';
INSERT INTO uscc_blocks (prefix, note) VALUES ('MA', 'Default block for market entities registered through zimao');

CREATE TABLE uscc_issued (
  code         text PRIMARY KEY,
  org_code     text NOT NULL,
  authority    text NOT NULL,
  entity_type  text NOT NULL,
  division     text NOT NULL,
  block        text NOT NULL REFERENCES uscc_blocks (prefix),
  sequence     bigint NOT NULL,
  issued_by    text NOT NULL,
  issued_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT uscc_issued_org_code_key UNIQUE (org_code)
);
COMMENT ON TABLE uscc_issued IS 'Every code zimao generated; org_code unique so no subject identifier is ever reused';

-- The register of market entities; the registration feature (issue 6) writes it, the demo seeds it.
CREATE TABLE enterprises (
  uscc              text PRIMARY KEY,
  name              text NOT NULL,
  area_code         text NOT NULL REFERENCES zone_units (code),
  district_code     text NOT NULL,
  industry_code     text NOT NULL REFERENCES industries (code),
  status            text NOT NULL,
  established_on    date NOT NULL,
  owner_account_id  integer REFERENCES accounts (id)
);
COMMENT ON TABLE enterprises IS 'Market entities in the zone; area_code scopes what an area officer may read';
CREATE INDEX enterprises_area_code_idx ON enterprises (area_code);

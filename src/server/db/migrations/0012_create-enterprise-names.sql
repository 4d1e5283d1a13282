-- The name register (issue 6; 企业名称登记管理规定 2021): every name registered, reserved by self-declaration
-- (Art. 16, kept TIME-21 = 2 months, Art. 18), or no longer used (deregistered, changed, revoked: still blocking an
-- identical trade name for one year, Art. 17). The declared name's parts are stored so the check reads two indexes,
-- not 3.5 million names: the trade name (identical and contained names) and its toneless pinyin (homophones).
CREATE TABLE enterprise_names (
  id                 serial PRIMARY KEY,
  name               text NOT NULL,
  trade_name         text NOT NULL,
  trade_name_pinyin  text NOT NULL,
  industry           text,
  status             text NOT NULL CHECK (status IN ('registered', 'reserved', 'released', 'deregistered', 'changed', 'revoked')),
  since              date NOT NULL,
  reserved_until     date,
  uscc               text,
  account_id         integer REFERENCES accounts (id),
  commitment         jsonb,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT enterprise_names_reservation_check CHECK (status NOT IN ('reserved', 'released') OR (reserved_until IS NOT NULL AND account_id IS NOT NULL)),
  CONSTRAINT enterprise_names_commitment_check CHECK (status <> 'reserved' OR commitment IS NOT NULL)
);
COMMENT ON TABLE enterprise_names IS 'Names on the register and self-declared reservations; the name check (src/domain/names) compares against it';
COMMENT ON COLUMN enterprise_names.status IS 'registered | reserved (until reserved_until) | released (the applicant gave it up) | deregistered | changed | revoked';
COMMENT ON COLUMN enterprise_names.since IS 'Day registered or reserved, or the day it was deregistered, changed or revoked (Art. 17 counts one year from it)';
COMMENT ON COLUMN enterprise_names.commitment IS 'The applicant''s commitment to bear liability (Art. 16) with the similar names shown to them';
CREATE INDEX enterprise_names_trade_name_idx ON enterprise_names (trade_name);
CREATE INDEX enterprise_names_pinyin_idx ON enterprise_names (trade_name_pinyin);
CREATE INDEX enterprise_names_account_idx ON enterprise_names (account_id, id) WHERE account_id IS NOT NULL;
CREATE INDEX enterprise_names_uscc_idx ON enterprise_names (uscc) WHERE uscc IS NOT NULL;

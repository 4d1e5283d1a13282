-- Direct holdings of entities (股东及其出资): who holds what share of an entity from which day to which. They are the
-- A and D of the beneficial-owner computation (BO-20, src/domain/ownership). The register writes them when an
-- enterprise is established and when its investors or capital change (share = subscribed ÷ registered capital);
-- `zimao generate` writes a synthetic graph. Not public (BO-06): read through the ownership service, which logs every read.
CREATE TABLE holdings (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The held entity: a credit code, or for an entity outside the register its kind, country and number
  -- (foreign-registration:DE:HRB 1234).
  subject_key text NOT NULL CHECK (length(subject_key) BETWEEN 1 AND 80),
  holder_kind text NOT NULL CHECK (holder_kind IN ('person', 'entity')),
  -- A person by identity document (resident-id:CN:…, passport:DE:…); an entity as subject_key.
  holder_key text NOT NULL CHECK (length(holder_key) BETWEEN 1 AND 80),
  holder_name text NOT NULL CHECK (length(holder_name) BETWEEN 1 AND 200),
  holder_nationality text NOT NULL CHECK (holder_nationality ~ '^[A-Z]{2}$'),
  -- The share as a fraction of 1: exact when min = max, otherwise a range (BO-22; BODS share.minimum/maximum).
  share_min double precision NOT NULL CHECK (share_min >= 0 AND share_min <= 1),
  share_max double precision NOT NULL CHECK (share_max >= share_min AND share_max <= 1),
  valid_from date NOT NULL,
  -- The day the holding ended, not itself included; null while it holds (BO-25: as of T, valid_from <= T < valid_to).
  valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
  source text NOT NULL CHECK (source IN ('register', 'generated')),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX holdings_subject_idx ON holdings (subject_key);

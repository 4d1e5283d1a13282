-- Electronic business licences (issue 6; REG-02: the electronic licence has the same legal effect as the paper one).
-- Each issue is a signed JSON document (Ed25519 over its canonical JSON) kept whole; the PDF with its QR code is
-- drawn from it on request. A change issues a new version and supersedes the old one.
CREATE TABLE signing_keys (
  key_id       text PRIMARY KEY,
  algorithm    text NOT NULL CHECK (algorithm = 'Ed25519'),
  public_key   text NOT NULL,
  private_key  text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  retired_at   timestamptz
);
COMMENT ON TABLE signing_keys IS 'The platform''s signing keys; public keys are published; private_key is null when the key is supplied by ZIMAO_SIGNING_KEY';
COMMENT ON COLUMN signing_keys.private_key IS 'PKCS#8 PEM of a key zimao generated itself (development and single-site installations)';

CREATE TABLE business_licences (
  id             serial PRIMARY KEY,
  uscc           text NOT NULL REFERENCES enterprises (uscc),
  version        integer NOT NULL CHECK (version >= 1),
  document       jsonb NOT NULL,
  canonical      text NOT NULL,
  signature      text NOT NULL,
  key_id         text NOT NULL REFERENCES signing_keys (key_id),
  issued_at      timestamptz NOT NULL DEFAULT now(),
  superseded_at  timestamptz,
  CONSTRAINT business_licences_version_key UNIQUE (uscc, version)
);
COMMENT ON TABLE business_licences IS 'Every electronic business licence issued: the signed document and its signature; never changed but for superseded_at';
COMMENT ON COLUMN business_licences.canonical IS 'The exact bytes signed: canonical JSON of document (sorted keys), UTF-8';
COMMENT ON COLUMN business_licences.signature IS 'Ed25519 signature of canonical, base64url';

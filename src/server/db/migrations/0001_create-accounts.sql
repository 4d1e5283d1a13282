-- Accounts, browser sessions and API tokens (issue 3: sign-in, roles, tokens for machine clients).
CREATE TABLE accounts (
  id              serial PRIMARY KEY,
  username        text NOT NULL,
  display_name    text NOT NULL,
  role            text NOT NULL,
  department_code text,
  area_code       text,
  password_hash   text NOT NULL,
  disabled        boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT accounts_username_key UNIQUE (username),
  CONSTRAINT accounts_role_check CHECK (role IN ('applicant', 'window_officer', 'department_reviewer',
    'area_officer', 'analyst', 'inspector', 'admin')),
  CONSTRAINT accounts_department_binding_check CHECK ((role = 'department_reviewer') = (department_code IS NOT NULL)),
  CONSTRAINT accounts_area_binding_check CHECK ((role = 'area_officer') = (area_code IS NOT NULL))
);
COMMENT ON TABLE accounts IS 'People who sign in to zimao. Anonymous public visitors have no account.';
COMMENT ON COLUMN accounts.password_hash IS 'scrypt$N$r$p$salt$hash (node:crypto scrypt), never the password';
COMMENT ON COLUMN accounts.department_code IS 'Department a department reviewer is bound to (departments.code)';
COMMENT ON COLUMN accounts.area_code IS 'CQFTZ area an area officer is bound to (zone_units.code of level area)';

CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  account_id   integer NOT NULL REFERENCES accounts (id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
COMMENT ON TABLE sessions IS 'Browser sessions; the cookie holds the token, the table only its SHA-256';
CREATE INDEX sessions_account_id_idx ON sessions (account_id);

CREATE TABLE api_tokens (
  id           serial PRIMARY KEY,
  account_id   integer NOT NULL REFERENCES accounts (id),
  name         text NOT NULL,
  prefix       text NOT NULL,
  token_hash   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  CONSTRAINT api_tokens_token_hash_key UNIQUE (token_hash)
);
COMMENT ON TABLE api_tokens IS 'Bearer tokens for machine clients; they act as their account and need no CSRF token';
CREATE INDEX api_tokens_account_id_idx ON api_tokens (account_id);

-- Individual businesses (个体工商户; MER Art. 8) through the one window, their summary deregistration without a public
-- notice (EXIT-06), and filings of the articles of association (章程备案; MER Art. 9).

-- An establishment application is of a company or of an individual business: the form differs (establishment-form.ts,
-- individual-business.ts), the register, the licence and the follow-ups are shared.
ALTER TABLE establishment_applications ADD COLUMN kind text NOT NULL DEFAULT 'company'
  CONSTRAINT establishment_applications_kind_check CHECK (kind IN ('company', 'individual-business'));
COMMENT ON COLUMN establishment_applications.kind IS 'company: the one establishment form; individual-business: the individual business form';

-- EXIT-06: an individual business is not noticed to the public; the authority pushes the case to tax and other
-- departments, which may object within 10 days; with no objection it is deregistered directly (a durable timer).
ALTER TABLE deregistration_notices ADD COLUMN route text NOT NULL DEFAULT 'public-notice'
  CONSTRAINT deregistration_notices_route_check CHECK (route IN ('public-notice', 'departments'));
COMMENT ON COLUMN deregistration_notices.route IS 'public-notice: 20 days on the public portal (EXIT-02); departments: an individual business pushed to the departments for 10 days (EXIT-06)';

CREATE TABLE articles_filings (
  id                   serial PRIMARY KEY,
  uscc                 text NOT NULL REFERENCES enterprises (uscc),
  name                 text NOT NULL,
  media_type           text NOT NULL,
  content              bytea NOT NULL,
  sha256               text NOT NULL,
  size_bytes           integer NOT NULL,
  adopted_on           date NOT NULL,
  amendment            boolean NOT NULL,
  filed_by_account_id  integer NOT NULL REFERENCES accounts (id),
  filed_at             timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE articles_filings IS 'Articles of association filed with the register (章程备案, MER Art. 9): each filing is kept; the newest is in force';
CREATE INDEX articles_filings_uscc_idx ON articles_filings (uscc, id);

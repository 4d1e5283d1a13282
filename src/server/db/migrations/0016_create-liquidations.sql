-- Ordinary deregistration after liquidation (issue 6; MER Arts. 31–32; Company Law 2023 Arts. 232–239): the
-- liquidation group is filed and announced, creditors declare their claims within the period, then the enterprise
-- applies with the liquidation report and is deregistered.
CREATE TABLE liquidations (
  id                    serial PRIMARY KEY,
  uscc                  text NOT NULL REFERENCES enterprises (uscc),
  applicant_account_id  integer NOT NULL REFERENCES accounts (id),
  reason                text NOT NULL,
  members               jsonb NOT NULL,
  leader                text NOT NULL,
  formed_on             date NOT NULL,
  announced_on          date NOT NULL,
  claims_until          date NOT NULL,
  status                text NOT NULL CHECK (status IN ('liquidating', 'deregistered')),
  report                jsonb,
  created_at            timestamptz NOT NULL DEFAULT now(),
  deregistered_at       timestamptz,
  CONSTRAINT liquidations_period_check CHECK (formed_on <= announced_on AND announced_on < claims_until),
  CONSTRAINT liquidations_report_check CHECK ((status = 'deregistered') = (report IS NOT NULL))
);
COMMENT ON TABLE liquidations IS 'Liquidation group filings with their public announcement to creditors, and the ordinary deregistration that ends them';
COMMENT ON COLUMN liquidations.claims_until IS 'The last day creditors may declare claims after the announcement (Company Law 2023 Art. 235: 45 days)';
COMMENT ON COLUMN liquidations.report IS 'The liquidation report the enterprise confirmed when it applied (Company Law 2023 Art. 239)';
CREATE UNIQUE INDEX liquidations_live_idx ON liquidations (uscc) WHERE status = 'liquidating';

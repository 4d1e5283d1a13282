-- Investment cases (issue 5): foreign-funded investment projects (recordation with an instant receipt number, or
-- approval as an application file; Trial Measures Art. 12), outbound investment (recordation or approval on the NDRC
-- track, the MOFCOM track kept with the classification; Trial Measures Art. 17) and the national security-review
-- flag (外商投资安全审查办法 Art. 4). Cases are written once; post-investment reports are append-only.
CREATE TABLE investment_cases (
  id                    serial PRIMARY KEY,
  kind                  text NOT NULL CHECK (kind IN ('foreign_project', 'outbound')),
  applicant_account_id  integer NOT NULL REFERENCES accounts (id),
  area_code             text NOT NULL REFERENCES zone_units (code),
  name                  text NOT NULL,
  input                 jsonb NOT NULL,
  classification        jsonb NOT NULL,
  procedure             text NOT NULL CHECK (procedure IN ('recordation', 'approval')),
  recordation_no        text,
  file_id               integer REFERENCES application_files (id),
  security_review       jsonb,
  flagged               boolean NOT NULL DEFAULT false,
  created_at            timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT investment_cases_recordation_no_key UNIQUE (recordation_no),
  CONSTRAINT investment_cases_file_id_key UNIQUE (file_id),
  -- Exactly one outcome: a receipt number (a recorded foreign project) or the file that decides the case.
  CONSTRAINT investment_cases_outcome_check CHECK ((recordation_no IS NULL) <> (file_id IS NULL)),
  CONSTRAINT investment_cases_receipt_check CHECK (recordation_no IS NULL OR (kind = 'foreign_project' AND procedure = 'recordation')),
  CONSTRAINT investment_cases_review_check CHECK (kind = 'foreign_project' OR (security_review IS NULL AND NOT flagged))
);
COMMENT ON TABLE investment_cases IS 'Foreign-funded projects and outbound investments, classified by src/domain/investment when filed; never updated';
COMMENT ON COLUMN investment_cases.input IS 'The facts as filed (the request without applicantId)';
COMMENT ON COLUMN investment_cases.classification IS 'classifyProject or classifyOutbound as shown (rules, authority, tiers of both tracks, reasons), on the filing day in Asia/Shanghai';
COMMENT ON COLUMN investment_cases.recordation_no IS 'zimao receipt number 渝自贸外备〔YYYY〕NNNNNN of a recorded foreign project (not an official format)';
COMMENT ON COLUMN investment_cases.file_id IS 'The application file (project-approval, outbound-recordation, outbound-approval) that decides the case';
COMMENT ON COLUMN investment_cases.security_review IS 'securityReviewFlags of a foreign project: actual control, grounds, reasons (Order No. 37 Art. 4; Plan V.(V))';
COMMENT ON COLUMN investment_cases.flagged IS 'Flagged for national security review: the FTZ Office sees it in GET /api/investment/security-review';
CREATE INDEX investment_cases_applicant_idx ON investment_cases (applicant_account_id, id);
CREATE INDEX investment_cases_area_idx ON investment_cases (area_code, id);
CREATE INDEX investment_cases_flagged_idx ON investment_cases (id) WHERE flagged;

-- Receipt numbers per year: taken with INSERT … ON CONFLICT DO UPDATE SET last = last + 1 RETURNING last, which
-- locks the year's row, so concurrent filings in several processes get consecutive, distinct numbers.
CREATE TABLE investment_recordation_counters (
  year  integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
  last  integer NOT NULL CHECK (last >= 1)
);
COMMENT ON TABLE investment_recordation_counters IS 'The last receipt sequence issued in each year (渝自贸外备〔year〕last)';

-- Post-investment management of outbound projects (ODI-05; Trial Measures Art. 17): periodic status reports,
-- incidents and the overseas-risk contact, one row each, never changed.
CREATE TABLE investment_reports (
  id           serial PRIMARY KEY,
  case_id      integer NOT NULL REFERENCES investment_cases (id),
  kind         text NOT NULL CHECK (kind IN ('status', 'incident', 'risk_contact')),
  period       text,
  body         text NOT NULL,
  contact      jsonb,
  reported_by  integer NOT NULL REFERENCES accounts (id),
  reported_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT investment_reports_period_check CHECK (kind <> 'status' OR period IS NOT NULL),
  CONSTRAINT investment_reports_contact_check CHECK ((kind = 'risk_contact') = (contact IS NOT NULL))
);
COMMENT ON TABLE investment_reports IS 'Post-investment reports of outbound cases: status (per period), incident, overseas-risk contact; append-only';
COMMENT ON COLUMN investment_reports.period IS 'The period a status report covers: YYYY, YYYY-H1/H2, YYYY-Q1…Q4 or YYYY-MM';
COMMENT ON COLUMN investment_reports.contact IS 'risk_contact only: { name, phone, country (ISO 3166-1 alpha-2), role? }';
CREATE INDEX investment_reports_case_idx ON investment_reports (case_id, id);
CREATE FUNCTION investment_reports_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'investment_reports is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER investment_reports_append_only BEFORE UPDATE OR DELETE ON investment_reports
  FOR EACH ROW EXECUTE FUNCTION investment_reports_refuse_change();

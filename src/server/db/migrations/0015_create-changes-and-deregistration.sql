-- Changes of registered particulars (变更登记, MER Art. 24) and summary deregistration (简易注销, MER Art. 33;
-- domain-rules §6) of enterprises registered through zimao (issue 6).
CREATE TABLE change_applications (
  id                    serial PRIMARY KEY,
  uscc                  text NOT NULL REFERENCES enterprises (uscc),
  applicant_account_id  integer NOT NULL REFERENCES accounts (id),
  filed_by_account_id   integer NOT NULL REFERENCES accounts (id),
  changes               jsonb NOT NULL,
  form                  jsonb NOT NULL,
  review                jsonb NOT NULL,
  route                 text NOT NULL CHECK (route IN ('on_the_spot', 'officer_review')),
  status                text NOT NULL CHECK (status IN ('registered', 'under_review', 'rejected')),
  file_id               integer REFERENCES application_files (id),
  licence_version       integer,
  created_at            timestamptz NOT NULL DEFAULT now(),
  decided_at            timestamptz,
  CONSTRAINT change_applications_file_key UNIQUE (file_id),
  CONSTRAINT change_applications_review_check CHECK (route = 'on_the_spot' OR file_id IS NOT NULL)
);
COMMENT ON TABLE change_applications IS 'Change registrations: what changes, the whole form after it, its formal review, and the licence version it issued';
COMMENT ON COLUMN change_applications.changes IS 'The fields changed (name, domicile, registeredCapitalYuan, investors, legalRepresentative, businessScope …) as filed';
CREATE INDEX change_applications_uscc_idx ON change_applications (uscc, id);

CREATE TABLE deregistration_notices (
  id                    serial PRIMARY KEY,
  uscc                  text NOT NULL REFERENCES enterprises (uscc),
  applicant_account_id  integer NOT NULL REFERENCES accounts (id),
  commitments           jsonb NOT NULL,
  declarations          jsonb NOT NULL,
  notice_from           date NOT NULL,
  notice_to             date NOT NULL,
  apply_by              date NOT NULL,
  status                text NOT NULL CHECK (status IN ('in_notice', 'objected', 'deregistered', 'withdrawn', 'lapsed')),
  created_at            timestamptz NOT NULL DEFAULT now(),
  closed_at             timestamptz,
  CONSTRAINT deregistration_notices_period_check CHECK (notice_from <= notice_to AND notice_to <= apply_by)
);
COMMENT ON TABLE deregistration_notices IS 'Summary deregistration: the public notice (EXIT-02, 20 days; 45 before the 2021 reform) and its outcome';
COMMENT ON COLUMN deregistration_notices.commitments IS 'The written commitment of every investor (EXIT-01, EXIT-08): who, identity, when';
COMMENT ON COLUMN deregistration_notices.declarations IS 'The applicant''s declarations on the exclusions of EXIT-05 that zimao cannot check itself';
COMMENT ON COLUMN deregistration_notices.apply_by IS 'EXIT-04: the application must come within 20 days after the notice ends, or the notice lapses';
-- One live summary deregistration per enterprise at a time.
CREATE UNIQUE INDEX deregistration_notices_live_idx ON deregistration_notices (uscc) WHERE status = 'in_notice';

CREATE TABLE deregistration_objections (
  id            serial PRIMARY KEY,
  notice_id     integer NOT NULL REFERENCES deregistration_notices (id),
  objector      text NOT NULL,
  objector_kind text NOT NULL CHECK (objector_kind IN ('creditor', 'department', 'employee', 'other')),
  contact       text NOT NULL,
  grounds       text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE deregistration_objections IS 'EXIT-03: objections during the notice; any objection ends the summary route, with who, when and why';

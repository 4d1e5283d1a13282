-- One-form establishment (issue 6; Trial Measures Art. 13: 多证合一、一照一码, whole-process e-registration,
-- domicile by commitment). An application is written once with its formal review; it is registered on the spot when
-- the review finds nothing for an officer, otherwise a market-registration file on the approval engine decides it.
CREATE TABLE establishment_applications (
  id                    serial PRIMARY KEY,
  applicant_account_id  integer NOT NULL REFERENCES accounts (id),
  filed_by_account_id   integer NOT NULL REFERENCES accounts (id),
  name                  text NOT NULL,
  name_id               integer REFERENCES enterprise_names (id),
  form                  jsonb NOT NULL,
  review                jsonb NOT NULL,
  route                 text NOT NULL CHECK (route IN ('on_the_spot', 'officer_review')),
  status                text NOT NULL CHECK (status IN ('registered', 'under_review', 'rejected', 'withdrawn')),
  file_id               integer REFERENCES application_files (id),
  uscc                  text,
  created_at            timestamptz NOT NULL DEFAULT now(),
  decided_at            timestamptz,
  CONSTRAINT establishment_applications_uscc_key UNIQUE (uscc),
  CONSTRAINT establishment_applications_file_key UNIQUE (file_id),
  CONSTRAINT establishment_applications_registered_check CHECK ((status = 'registered') = (uscc IS NOT NULL)),
  CONSTRAINT establishment_applications_review_check CHECK (route = 'on_the_spot' OR file_id IS NOT NULL)
);
COMMENT ON TABLE establishment_applications IS 'One-form establishment applications with their formal review (src/domain/registration)';
COMMENT ON COLUMN establishment_applications.form IS 'The one form as filed: name, legal form, capital and contributions, investors, officers, scope, domicile with its commitment';
COMMENT ON COLUMN establishment_applications.review IS 'Formal review: findings with rule and legal basis, the derived area and district, the admission check of a foreign-invested form';
COMMENT ON COLUMN establishment_applications.route IS 'on_the_spot: registered by automated formal review (REG-04); officer_review: a market-registration file (TIME-20)';
CREATE INDEX establishment_applications_applicant_idx ON establishment_applications (applicant_account_id, id);

-- The register's particulars (登记事项) of an enterprise registered through zimao; null for the demo's seeded ones.
ALTER TABLE enterprises ADD COLUMN particulars jsonb;
COMMENT ON COLUMN enterprises.particulars IS 'Registered particulars: legal form, capital, investors and contributions, legal representative, officers, scope, domicile';

-- The enterprise's register history: establishment, changes, filings (备案), deregistration; append-only.
CREATE TABLE enterprise_register_entries (
  id           serial PRIMARY KEY,
  uscc         text NOT NULL REFERENCES enterprises (uscc),
  kind         text NOT NULL CHECK (kind IN ('establishment', 'change', 'filing', 'deregistration')),
  summary      jsonb NOT NULL,
  recorded_by  text NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE enterprise_register_entries IS 'What was entered on the register for an enterprise, and when; never changed';
CREATE INDEX enterprise_register_entries_uscc_idx ON enterprise_register_entries (uscc, id);

-- What follows a registration, in parallel, each with its department and due day (reference-data/registration/
-- follow-up-tasks.json): seal filing, tax and invoices, bank account, social insurance, housing fund.
CREATE TABLE establishment_follow_ups (
  id               serial PRIMARY KEY,
  uscc             text NOT NULL REFERENCES enterprises (uscc),
  task_key         text NOT NULL,
  department_code  text NOT NULL REFERENCES departments (code),
  due_on           date NOT NULL,
  status           text NOT NULL CHECK (status IN ('open', 'done')),
  done_at          timestamptz,
  done_by          integer REFERENCES accounts (id),
  note             text,
  CONSTRAINT establishment_follow_ups_task_key UNIQUE (uscc, task_key),
  CONSTRAINT establishment_follow_ups_done_check CHECK ((status = 'done') = (done_at IS NOT NULL AND done_by IS NOT NULL))
);
COMMENT ON TABLE establishment_follow_ups IS 'Follow-up tasks of a new enterprise, one per department step, done by that department''s reviewer';
CREATE INDEX establishment_follow_ups_department_idx ON establishment_follow_ups (department_code, status, due_on);

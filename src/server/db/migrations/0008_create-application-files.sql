-- Application files (办件), their append-only action logs, documents and task projection (issue 4).
-- Trial Measures Art. 14: online, parallel approval (并联审批) within time caps (限时办结),
-- with first-question responsibility (首问负责制).
CREATE TABLE application_files (
  id                      serial PRIMARY KEY,
  type                    text NOT NULL,
  applicant_account_id    integer NOT NULL REFERENCES accounts (id),
  enterprise_uscc         text,
  area_code               text NOT NULL REFERENCES zone_units (code),
  form                    jsonb NOT NULL,
  status                  text NOT NULL,
  responsible_officer_id  integer REFERENCES accounts (id),
  due_on                  date,
  version                 integer NOT NULL DEFAULT 0,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE application_files IS 'One application file; status, responsible officer and due date are projections of file_actions';
COMMENT ON COLUMN application_files.version IS 'Number of actions in the log; a write states the version it read (optimistic lock, 409 on mismatch)';
COMMENT ON COLUMN application_files.due_on IS 'Decision deadline in working days after acceptance (ALL Art. 42), moved by pauses and extensions';
CREATE INDEX application_files_status_idx ON application_files (status, due_on);
CREATE INDEX application_files_applicant_idx ON application_files (applicant_account_id, id);
CREATE INDEX application_files_officer_idx ON application_files (responsible_officer_id, status);
CREATE INDEX application_files_area_idx ON application_files (area_code, status);

CREATE TABLE file_actions (
  file_id           integer NOT NULL REFERENCES application_files (id),
  seq               integer NOT NULL CHECK (seq >= 1),
  type              text NOT NULL,
  actor_account_id  integer REFERENCES accounts (id),
  actor_role        text NOT NULL,
  on_date           date NOT NULL,
  at                timestamptz NOT NULL,
  payload           jsonb NOT NULL DEFAULT '{}',
  reason            text,
  legal_basis       text,
  CONSTRAINT file_actions_pkey PRIMARY KEY (file_id, seq)
);
COMMENT ON TABLE file_actions IS 'The ordered, append-only action log of a file; the file''s state is derived from it';
COMMENT ON COLUMN file_actions.on_date IS 'Civil date of the action in Asia/Shanghai (TIME-07), from which working days are counted';
CREATE FUNCTION file_actions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'file_actions is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER file_actions_append_only BEFORE UPDATE OR DELETE ON file_actions
  FOR EACH ROW EXECUTE FUNCTION file_actions_refuse_change();

CREATE TABLE file_tasks (
  file_id         integer NOT NULL REFERENCES application_files (id),
  task_id         text NOT NULL,
  department_code text NOT NULL REFERENCES departments (code),
  assignee_id     integer REFERENCES accounts (id),
  status          text NOT NULL,
  due_on          date,
  CONSTRAINT file_tasks_pkey PRIMARY KEY (file_id, task_id)
);
COMMENT ON TABLE file_tasks IS 'Projection of the department tasks of each file, for department workqueues';
CREATE INDEX file_tasks_department_idx ON file_tasks (department_code, status, due_on);

CREATE TABLE file_documents (
  id            serial PRIMARY KEY,
  file_id       integer NOT NULL REFERENCES application_files (id),
  name          text NOT NULL,
  media_type    text NOT NULL,
  size_bytes    integer NOT NULL CHECK (size_bytes > 0),
  sha256        text NOT NULL,
  content       bytea NOT NULL,
  uploaded_by   integer NOT NULL REFERENCES accounts (id),
  uploaded_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE file_documents IS 'Uploaded materials, stored in the database with their SHA-256';
CREATE INDEX file_documents_file_idx ON file_documents (file_id);

-- Assessments of the areas and reform pilot tasks (issue 7). Plan V.(IV): the FTZ Office's annual and mid-term
-- assessments of each area, third-party annual and semi-annual ones, scores with evidence, findings and follow-up
-- actions tracked to closure (Trial Measures Art. 8). Trial Measures Arts. 5, 6 and Regulation 2019 Arts. 5, 7, 9:
-- reform pilot tasks, their evaluation (failure tolerated) and the replication procedure (复制推广).

-- The outside assessor (第三方评估机构, Plan V.(IV)) signs in with a role of its own.
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check CHECK (role IN ('applicant', 'window_officer', 'department_reviewer',
  'area_officer', 'analyst', 'inspector', 'admin', 'assessor'));

-- Reform pilot tasks: also the register of innovation cases (plan-targets.md V.(IV): innovation_case piloted →
-- evaluated → replicated) — an area's case is a task with its area set.
CREATE TABLE reform_tasks (
  id                           serial PRIMARY KEY,
  title                        text NOT NULL CHECK (btrim(title) <> ''),
  title_en                     text,
  description                  text NOT NULL,
  source_kind                  text NOT NULL,
  source_reference             text NOT NULL CHECK (btrim(source_reference) <> ''),
  responsible_department_code  text NOT NULL REFERENCES departments (code),
  area_code                    text REFERENCES zone_units (code),
  status                       text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'piloting', 'evaluated',
    'proposed_for_replication', 'replicated', 'failed', 'closed')),
  started_on                   date,
  evaluation                   jsonb,
  replication                  jsonb,
  created_by                   integer NOT NULL REFERENCES accounts (id),
  created_at                   timestamptz NOT NULL DEFAULT now(),
  updated_at                   timestamptz NOT NULL DEFAULT now(),
  -- Evaluated, failed and everything after evaluation carries the evaluation; replicated carries its publication.
  CONSTRAINT reform_tasks_evaluation_check CHECK (status NOT IN ('evaluated', 'failed', 'proposed_for_replication', 'replicated') OR evaluation IS NOT NULL),
  CONSTRAINT reform_tasks_replication_check CHECK (status NOT IN ('proposed_for_replication', 'replicated') OR replication IS NOT NULL),
  CONSTRAINT reform_tasks_published_check CHECK (status <> 'replicated' OR jsonb_typeof(replication -> 'publication') = 'object')
);
COMMENT ON TABLE reform_tasks IS 'Reform pilot tasks and innovation cases: source, responsible department, status, evaluation, replication (src/domain/reform)';
COMMENT ON COLUMN reform_tasks.source_kind IS 'Key of reference-data/plan/reform-tasks.json sourceKinds (general-plan, trial-measures, regulation-2019, …)';
COMMENT ON COLUMN reform_tasks.source_reference IS 'The instrument and item the task comes from, e.g. 《条例》第三十八条';
COMMENT ON COLUMN reform_tasks.area_code IS 'The CQFTZ area piloting it (an area''s innovation case); null: zone-wide';
COMMENT ON COLUMN reform_tasks.evaluation IS '{ outcome, summary, risksControllable, evaluator, evaluatedOn, toleranceOfFailure } — a failed pilot carries toleranceOfFailure {basis: Trial Measures Art. 5 …, noPenalty: true}';
COMMENT ON COLUMN reform_tasks.replication IS 'The current replication round: { scope, proposal, reviews[], decision, publication } (复制推广)';
CREATE INDEX reform_tasks_status_idx ON reform_tasks (status, id);

-- Every move of a task, as made; never changed.
CREATE TABLE reform_task_events (
  id           serial PRIMARY KEY,
  task_id      integer NOT NULL REFERENCES reform_tasks (id),
  kind         text NOT NULL CHECK (kind IN ('created', 'status', 'replication')),
  from_status  text,
  to_status    text NOT NULL,
  detail       jsonb NOT NULL,
  note         text,
  actor_id     integer NOT NULL REFERENCES accounts (id),
  at           timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE reform_task_events IS 'The history of a reform task: creation, status moves with evaluations, replication steps; append-only';
CREATE INDEX reform_task_events_task_idx ON reform_task_events (task_id, id);

CREATE TABLE assessments (
  id                   serial PRIMARY KEY,
  kind                 text NOT NULL CHECK (kind IN ('annual', 'mid_term', 'third_party_semiannual', 'third_party_annual')),
  area_code            text NOT NULL REFERENCES zone_units (code),
  period               text NOT NULL CHECK (period ~ '^[0-9]{4}(-H[12])?$'),
  template_code        text NOT NULL,
  template_version     integer NOT NULL CHECK (template_version >= 1),
  status               text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted', 'closed')),
  assessor_account_id  integer REFERENCES accounts (id),
  total                double precision CHECK (total BETWEEN 0 AND 100),
  grade                text,
  created_by           integer NOT NULL REFERENCES accounts (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  submitted_by         integer REFERENCES accounts (id),
  submitted_at         timestamptz,
  closed_at            timestamptz,
  CONSTRAINT assessments_period_key UNIQUE (kind, area_code, period),
  CONSTRAINT assessments_assessor_check CHECK (assessor_account_id IS NULL OR kind IN ('third_party_semiannual', 'third_party_annual')),
  CONSTRAINT assessments_result_check CHECK ((status = 'in_progress') = (total IS NULL) AND (total IS NULL) = (grade IS NULL) AND (total IS NULL) = (submitted_at IS NULL)),
  CONSTRAINT assessments_closed_check CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
COMMENT ON TABLE assessments IS 'Performance assessments of the CQFTZ areas (Plan V.(IV)): one per kind, area and period';
COMMENT ON COLUMN assessments.period IS 'YYYY, or YYYY-H1 / YYYY-H2 for a semi-annual one';
COMMENT ON COLUMN assessments.template_code IS 'reference-data/plan/assessment-templates.json template code; with template_version the criteria and weights it is scored by';
COMMENT ON COLUMN assessments.assessor_account_id IS 'A third-party assessment''s assigned assessor: the only one who scores it and the only assessor who reads it';
COMMENT ON COLUMN assessments.total IS 'Weighted total 0–100 (two decimals) fixed when submitted; grade is the template band it falls in';
CREATE INDEX assessments_area_idx ON assessments (area_code, id);
CREATE INDEX assessments_assessor_idx ON assessments (assessor_account_id, id) WHERE assessor_account_id IS NOT NULL;

-- One score per criterion with its evidence (and optionally a document); rescoring replaces it while in progress.
CREATE TABLE assessment_scores (
  assessment_id        integer NOT NULL REFERENCES assessments (id),
  criterion_key        text NOT NULL,
  score                double precision NOT NULL,
  evidence             text NOT NULL CHECK (btrim(evidence) <> ''),
  document_name        text,
  document_media_type  text,
  document_size_bytes  integer,
  document_sha256      text,
  document_content     bytea,
  scored_by            integer NOT NULL REFERENCES accounts (id),
  scored_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, criterion_key),
  CONSTRAINT assessment_scores_document_check CHECK (
    (document_content IS NULL) = (document_sha256 IS NULL) AND (document_content IS NULL) = (document_name IS NULL)
    AND (document_content IS NULL) = (document_media_type IS NULL) AND (document_content IS NULL) = (document_size_bytes IS NULL))
);
COMMENT ON TABLE assessment_scores IS 'A criterion''s score on its template scale with the evidence it rests on; each scoring is also in the audit trail';
COMMENT ON COLUMN assessment_scores.document_content IS 'Optional evidence document (PDF, PNG, JPEG, OFD; at most 2 MB), with its SHA-256';

CREATE TABLE assessment_findings (
  id              serial PRIMARY KEY,
  assessment_id   integer NOT NULL REFERENCES assessments (id),
  kind            text NOT NULL CHECK (kind IN ('strength', 'problem', 'bottleneck', 'suggestion', 'innovation_case', 'replicable_experience')),
  criterion_key   text,
  text            text NOT NULL CHECK (btrim(text) <> ''),
  reform_task_id  integer REFERENCES reform_tasks (id),
  recorded_by     integer NOT NULL REFERENCES accounts (id),
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE assessment_findings IS 'What an assessment found; an innovation case or replicable experience may point at its reform task; append-only';
CREATE INDEX assessment_findings_assessment_idx ON assessment_findings (assessment_id, id);

CREATE TABLE assessment_actions (
  id               serial PRIMARY KEY,
  assessment_id    integer NOT NULL REFERENCES assessments (id),
  finding_id       integer REFERENCES assessment_findings (id),
  title            text NOT NULL CHECK (btrim(title) <> ''),
  owner_area_code  text NOT NULL REFERENCES zone_units (code),
  due_on           date NOT NULL,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'verified', 'closed')),
  opened_by        integer NOT NULL REFERENCES accounts (id),
  opened_at        timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  closed_at        timestamptz,
  CONSTRAINT assessment_actions_closed_check CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
COMMENT ON TABLE assessment_actions IS 'Follow-up actions of findings, owned by an area, tracked open → in_progress → done → verified → closed';
COMMENT ON COLUMN assessment_actions.due_on IS 'Civil date (Asia/Shanghai); overdue while not done after it';
CREATE INDEX assessment_actions_assessment_idx ON assessment_actions (assessment_id, id);
CREATE INDEX assessment_actions_owner_idx ON assessment_actions (owner_area_code, id);

CREATE TABLE assessment_action_updates (
  id           serial PRIMARY KEY,
  action_id    integer NOT NULL REFERENCES assessment_actions (id),
  move         text NOT NULL CHECK (move IN ('open', 'progress', 'done', 'verify', 'return', 'close')),
  from_status  text,
  to_status    text NOT NULL,
  note         text NOT NULL DEFAULT '',
  actor_id     integer NOT NULL REFERENCES accounts (id),
  at           timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE assessment_action_updates IS 'Every move of a follow-up action with its note (progress reports, verification, returns); append-only';
CREATE INDEX assessment_action_updates_action_idx ON assessment_action_updates (action_id, id);

-- The history tables are append-only, like investment_reports.
CREATE FUNCTION assessment_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER assessment_findings_append_only BEFORE UPDATE OR DELETE ON assessment_findings
  FOR EACH ROW EXECUTE FUNCTION assessment_history_refuse_change();
CREATE TRIGGER assessment_action_updates_append_only BEFORE UPDATE OR DELETE ON assessment_action_updates
  FOR EACH ROW EXECUTE FUNCTION assessment_history_refuse_change();
CREATE TRIGGER reform_task_events_append_only BEFORE UPDATE OR DELETE ON reform_task_events
  FOR EACH ROW EXECUTE FUNCTION assessment_history_refuse_change();

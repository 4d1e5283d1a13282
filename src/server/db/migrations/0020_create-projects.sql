-- The investment-project pipeline of each area (issue 7; Plan V.(II)): the register of projects under negotiation,
-- contracted, under construction, in production or achieving results (or dropped), the history of their stage changes
-- with the evidence each stage needs, and the annual investment-attraction tasks of each area. The rules (stages,
-- evidence, stalled thresholds, land-priority weights) are versioned data in reference-data/plan/, applied by
-- src/domain/projects; these tables hold the facts.
CREATE TABLE investment_projects (
  id                     serial PRIMARY KEY,
  area_code              text NOT NULL REFERENCES zone_units (code),
  unit_code              text REFERENCES zone_units (code),
  name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  investor_name          text NOT NULL CHECK (length(investor_name) BETWEEN 1 AND 200),
  investor_category      text NOT NULL CHECK (investor_category IN ('central_soe', 'foreign_funded', 'hmt_funded', 'private')),
  direction              text NOT NULL CHECK (direction IN ('bringing_in', 'going_out')),
  industry_code          text NOT NULL CHECK (industry_code ~ '^[0-9]{2,4}$'),
  total_investment_yuan  bigint NOT NULL CHECK (total_investment_yuan >= 0),
  site_area_m2           integer CHECK (site_area_m2 > 0),
  land_categories        text[] NOT NULL DEFAULT '{}',
  stage                  text NOT NULL CHECK (stage IN ('negotiating', 'contracted', 'under_construction', 'in_production', 'achieving_results', 'dropped')),
  stage_since            date NOT NULL,
  note                   text,
  created_by             integer NOT NULL REFERENCES accounts (id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE investment_projects IS 'Investment projects of the areas (Plan V.(II)); area officers manage their own area''s, the FTZ Office reads all. stage and stage_since are the last row of project_stage_changes';
COMMENT ON COLUMN investment_projects.unit_code IS 'The functional area or cluster group inside the area, when known: the cluster fit is decided by it (Plan IV)';
COMMENT ON COLUMN investment_projects.industry_code IS 'GB/T 4754-2017 division, group or class: classified into the Plan''s clusters by src/domain/clusters';
COMMENT ON COLUMN investment_projects.total_investment_yuan IS 'Planned total investment, whole yuan';
COMMENT ON COLUMN investment_projects.site_area_m2 IS 'Site area of the land demand in m²; NULL: no land demand stated (no intensity points)';
COMMENT ON COLUMN investment_projects.land_categories IS 'Declared land-priority categories of Plan V.(VI) (emerging_industry, advanced_manufacturing, standard_factory, incubator, accelerator, public_infrastructure)';
COMMENT ON COLUMN investment_projects.stage_since IS 'Civil date (Asia/Shanghai) the current stage began: the stalled alert counts from it';
CREATE INDEX investment_projects_area_idx ON investment_projects (area_code, stage, id);

-- Every stage a project entered, in order: seq 1 is negotiating at registration. Never updated or deleted.
CREATE TABLE project_stage_changes (
  id           serial PRIMARY KEY,
  project_id   integer NOT NULL REFERENCES investment_projects (id),
  seq          integer NOT NULL CHECK (seq >= 1),
  from_stage   text,
  to_stage     text NOT NULL CHECK (to_stage IN ('negotiating', 'contracted', 'under_construction', 'in_production', 'achieving_results', 'dropped')),
  on_date      date NOT NULL,
  facts        jsonb NOT NULL DEFAULT '{}',
  note         text,
  changed_by   integer NOT NULL REFERENCES accounts (id),
  changed_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT project_stage_changes_seq_key UNIQUE (project_id, seq),
  CONSTRAINT project_stage_changes_first_check CHECK ((seq = 1) = (from_stage IS NULL))
);
COMMENT ON TABLE project_stage_changes IS 'The stage history of each project with its date and evidence facts (permit number, output and tax, reason); append-only';
COMMENT ON COLUMN project_stage_changes.on_date IS 'Civil date the stage began; never before the previous change''s (src/domain/projects/stage-machine.ts)';
COMMENT ON COLUMN project_stage_changes.facts IS 'Evidence facts the stage requires (reference-data/plan/pipeline-rules.json), as checked';

-- Evidence documents of a stage change (signed agreement, construction permit, production start …), small files
-- kept in the database with their SHA-256, as file_documents are. Never updated or deleted.
CREATE TABLE project_documents (
  id               serial PRIMARY KEY,
  project_id       integer NOT NULL REFERENCES investment_projects (id),
  stage_change_id  integer NOT NULL REFERENCES project_stage_changes (id),
  kind             text NOT NULL,
  name             text NOT NULL,
  media_type       text NOT NULL,
  size_bytes       integer NOT NULL CHECK (size_bytes > 0),
  sha256           text NOT NULL,
  content          bytea NOT NULL,
  uploaded_by      integer NOT NULL REFERENCES accounts (id),
  uploaded_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE project_documents IS 'Evidence documents of project stage changes, stored with their SHA-256; append-only';
COMMENT ON COLUMN project_documents.kind IS 'Document kind of reference-data/plan/pipeline-rules.json (signed_agreement, construction_permit, production_start, …)';
CREATE INDEX project_documents_project_idx ON project_documents (project_id, id);

-- Annual investment-attraction tasks of each area (Plan V.(II)): every proposal, setting or approval is a new
-- revision; the latest revision of (area, year) is the task. Never updated or deleted.
CREATE TABLE attraction_tasks (
  id                      serial PRIMARY KEY,
  area_code               text NOT NULL REFERENCES zone_units (code),
  year                    integer NOT NULL CHECK (year BETWEEN 2018 AND 2100),
  revision                integer NOT NULL CHECK (revision >= 1),
  target_count            integer NOT NULL CHECK (target_count >= 0),
  target_investment_yuan  bigint NOT NULL CHECK (target_investment_yuan >= 0),
  status                  text NOT NULL CHECK (status IN ('proposed', 'approved')),
  note                    text,
  set_by                  integer NOT NULL REFERENCES accounts (id),
  set_at                  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT attraction_tasks_revision_key UNIQUE (area_code, year, revision)
);
COMMENT ON TABLE attraction_tasks IS 'Annual investment-attraction tasks per area and year: proposed by the area, approved or set by the FTZ Office; one row per revision, append-only';
COMMENT ON COLUMN attraction_tasks.target_count IS 'Projects to bring in and sign in the year (pipeline-rules.json attractionActuals)';
COMMENT ON COLUMN attraction_tasks.target_investment_yuan IS 'Total investment of those projects, whole yuan';

CREATE FUNCTION projects_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER project_stage_changes_append_only BEFORE UPDATE OR DELETE ON project_stage_changes
  FOR EACH ROW EXECUTE FUNCTION projects_refuse_change();
CREATE TRIGGER project_documents_append_only BEFORE UPDATE OR DELETE ON project_documents
  FOR EACH ROW EXECUTE FUNCTION projects_refuse_change();
CREATE TRIGGER attraction_tasks_append_only BEFORE UPDATE OR DELETE ON attraction_tasks
  FOR EACH ROW EXECUTE FUNCTION projects_refuse_change();

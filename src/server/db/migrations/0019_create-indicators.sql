-- Indicator values of the Industrial Development Plan's targets (issue 7; Trial Measures Art. 8(6): the FTZ Office
-- collects and publishes statistics; Plan V.(II): targets broken down by area and year). The catalogue itself (the
-- indicators, targets T01–T22 and baselines) is reference data read from reference-data/plan/indicators.json; the
-- tables hold what areas submit, what the FTZ Office decides, and every revision.

-- One submission: a batch of values for one area (or CQFTZ for the zone's own figures), by form or workbook; the
-- FTZ Office approves or returns it as a whole. Four eyes: whoever submitted never decides.
CREATE TABLE indicator_submissions (
  id             serial PRIMARY KEY,
  area_code      text NOT NULL REFERENCES zone_units (code),
  channel        text NOT NULL CHECK (channel IN ('form', 'upload')),
  file_name      text,
  reason         text,
  value_count    integer NOT NULL CHECK (value_count > 0),
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'returned')),
  submitted_by   integer NOT NULL REFERENCES accounts (id),
  submitted_at   timestamptz NOT NULL,
  decided_by     integer REFERENCES accounts (id),
  decided_at     timestamptz,
  decision_note  text,
  CONSTRAINT indicator_submissions_decision_check CHECK ((status = 'pending') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)),
  CONSTRAINT indicator_submissions_return_reason_check CHECK (status <> 'returned' OR decision_note IS NOT NULL),
  CONSTRAINT indicator_submissions_four_eyes_check CHECK (decided_by IS NULL OR decided_by <> submitted_by)
);
COMMENT ON TABLE indicator_submissions IS 'Batches of indicator values submitted by an area authority (area_officer) or the FTZ Office, approved or returned by the FTZ Office (analyst)';
COMMENT ON COLUMN indicator_submissions.area_code IS 'LJ, XY, GYG, or CQFTZ for figures entered for the whole zone (e.g. the city''s foreign investment)';
COMMENT ON COLUMN indicator_submissions.reason IS 'The submitter''s reason, used for each revision in the batch that gives none of its own';
COMMENT ON COLUMN indicator_submissions.decision_note IS 'Approval note, or the reason for returning (required)';
CREATE INDEX indicator_submissions_status_idx ON indicator_submissions (status, id);
CREATE INDEX indicator_submissions_area_idx ON indicator_submissions (area_code, id);

-- The current state of each value (indicator × area × period): the approved value that counts in progress, and the
-- value awaiting approval, if any. Its whole history is in indicator_value_history.
CREATE TABLE indicator_values (
  id                      serial PRIMARY KEY,
  indicator_code          text NOT NULL,
  area_code               text NOT NULL REFERENCES zone_units (code),
  period                  text NOT NULL CHECK (period ~ '^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$'),
  period_kind             text NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
  approved_value          numeric,
  approved_submission_id  integer REFERENCES indicator_submissions (id),
  approved_at             timestamptz,
  pending_value           numeric,
  pending_submission_id   integer REFERENCES indicator_submissions (id),
  revision                integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  CONSTRAINT indicator_values_key UNIQUE (indicator_code, area_code, period),
  CONSTRAINT indicator_values_kind_check CHECK (
    (period_kind = 'month') = (period ~ '-\d{2}$') AND (period_kind = 'quarter') = (period ~ '-Q\d$')
  ),
  CONSTRAINT indicator_values_pending_check CHECK ((pending_value IS NULL) = (pending_submission_id IS NULL)),
  CONSTRAINT indicator_values_approved_check CHECK ((approved_value IS NULL) = (approved_submission_id IS NULL) AND (approved_value IS NULL) = (approved_at IS NULL))
);
COMMENT ON TABLE indicator_values IS 'One row per indicator, area and period: the approved value (counts in progress) and the one awaiting approval';
COMMENT ON COLUMN indicator_values.indicator_code IS 'A raw indicator of reference-data/plan/indicators.json';
COMMENT ON COLUMN indicator_values.period IS 'YYYY-MM, YYYY-Qn or YYYY; months of a quarter or year entered as a whole are covered by it';
COMMENT ON COLUMN indicator_values.approved_value IS 'In the indicator''s unit (a value entered in another unit of the same dimension is converted)';
COMMENT ON COLUMN indicator_values.revision IS 'How many times a value was submitted for this key (1: the first)';
CREATE INDEX indicator_values_pending_idx ON indicator_values (pending_submission_id) WHERE pending_submission_id IS NOT NULL;
CREATE INDEX indicator_values_indicator_idx ON indicator_values (indicator_code, area_code);

-- Every submission, approval, return and supersession of a value: who, when, old → new, and why. Append-only.
CREATE TABLE indicator_value_history (
  id                serial PRIMARY KEY,
  value_id          integer NOT NULL REFERENCES indicator_values (id),
  submission_id     integer NOT NULL REFERENCES indicator_submissions (id),
  event             text NOT NULL CHECK (event IN ('submitted', 'approved', 'returned', 'superseded')),
  revision          integer NOT NULL CHECK (revision >= 1),
  old_value         numeric,
  new_value         numeric,
  entered_value     numeric,
  entered_unit      text,
  reason            text,
  actor_account_id  integer NOT NULL REFERENCES accounts (id),
  at                timestamptz NOT NULL,
  CONSTRAINT indicator_value_history_entered_check CHECK ((event = 'submitted') = (entered_value IS NOT NULL AND entered_unit IS NOT NULL))
);
COMMENT ON TABLE indicator_value_history IS 'History of each indicator value: submitted (old = the value shown before, new = submitted), approved (old = previous approved, new = approved), returned (old = the value not adopted, new = the approved value still in force), superseded (a later submission replaced the pending value)';
COMMENT ON COLUMN indicator_value_history.entered_value IS 'The number as submitted, in entered_unit (submitted events only)';
CREATE INDEX indicator_value_history_value_idx ON indicator_value_history (value_id, id);
CREATE INDEX indicator_value_history_submission_idx ON indicator_value_history (submission_id, id);
CREATE FUNCTION indicator_value_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'indicator_value_history is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER indicator_value_history_append_only BEFORE UPDATE OR DELETE ON indicator_value_history
  FOR EACH ROW EXECUTE FUNCTION indicator_value_history_refuse_change();

-- Durable timers (issue 4): a row per thing that must happen at an instant (a file falls due, a
-- correction period ends). A sweeper takes due rows with FOR UPDATE SKIP LOCKED and fires each in
-- one transaction with the handler's work and an audit row, so each timer fires exactly once, also
-- with several zimao processes over one PostgreSQL and after a crash in the middle of a sweep.
CREATE TABLE timers (
  id            bigserial,
  kind          text NOT NULL,
  subject       text NOT NULL,
  fire_at       timestamptz NOT NULL,
  payload       jsonb NOT NULL DEFAULT '{}',
  dedupe_key    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  fired_at      timestamptz,
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text,
  cancelled_at  timestamptz,
  CONSTRAINT timers_pkey PRIMARY KEY (id),
  CONSTRAINT timers_dedupe_key_key UNIQUE (dedupe_key),
  CONSTRAINT timers_kind_check CHECK (kind ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'),
  CONSTRAINT timers_subject_check CHECK (subject <> ''),
  CONSTRAINT timers_payload_check CHECK (jsonb_typeof(payload) = 'object'),
  CONSTRAINT timers_attempts_check CHECK (attempts >= 0),
  CONSTRAINT timers_fired_or_cancelled_check CHECK (fired_at IS NULL OR cancelled_at IS NULL)
);
COMMENT ON TABLE timers IS 'Durable timers: fired once by a sweeper (FOR UPDATE SKIP LOCKED), with the handler''s work and an audit row in one transaction';
COMMENT ON COLUMN timers.id IS 'Sequence number of the timer';
COMMENT ON COLUMN timers.kind IS 'What happens when it fires, e.g. file.due_soon, file.overdue, file.correction_deadline; selects the handler';
COMMENT ON COLUMN timers.subject IS 'What the timer is about, e.g. file:123; timers are cancelled by subject';
COMMENT ON COLUMN timers.fire_at IS 'When it is due; moved later (backoff) after a failed attempt';
COMMENT ON COLUMN timers.payload IS 'JSON object handed to the handler';
COMMENT ON COLUMN timers.dedupe_key IS 'Scheduling the same key again changes nothing (or revives it if cancelled and never fired); by default kind|subject|original fire_at';
COMMENT ON COLUMN timers.created_at IS 'When it was first scheduled';
COMMENT ON COLUMN timers.fired_at IS 'When the sweeper fired it (the clock of the sweeping process); null while pending';
COMMENT ON COLUMN timers.attempts IS 'Failed attempts so far (handler threw, or no handler for the kind)';
COMMENT ON COLUMN timers.last_error IS 'Message of the last failed attempt; for a timer given up on, starts with "gave up after N attempts"';
COMMENT ON COLUMN timers.cancelled_at IS 'When it was cancelled, or given up on after too many failed attempts; a cancelled timer never fires';

-- What the sweeper reads: pending timers in order of fire_at.
CREATE INDEX timers_due_idx ON timers (fire_at, id) WHERE fired_at IS NULL AND cancelled_at IS NULL;
COMMENT ON INDEX timers_due_idx IS 'Pending timers in the order the sweeper takes them (fire_at, then id)';
-- What cancelTimers reads: pending timers of a subject.
CREATE INDEX timers_subject_idx ON timers (subject, kind) WHERE fired_at IS NULL AND cancelled_at IS NULL;
COMMENT ON INDEX timers_subject_idx IS 'Pending timers by subject and kind, for cancelling';

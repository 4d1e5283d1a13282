-- The statutory calendar's editable part (issue 3, domain-rules TIME-05/TIME-06).
CREATE TABLE calendar_overrides (
  date        date PRIMARY KEY,
  workday     boolean NOT NULL,
  name        text,
  reason      text NOT NULL,
  notice_url  text,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE calendar_overrides IS 'Days an administrator set: a newly published schedule or an emergency change, no release needed';

CREATE TABLE calendar_published_years (
  year          integer PRIMARY KEY,
  notice_url    text NOT NULL,
  published_by  text NOT NULL,
  published_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE calendar_published_years IS 'Years whose State Council notice an administrator loaded (beyond the bundled dataset)';

CREATE TABLE deadlines (
  id                 serial PRIMARY KEY,
  subject            text NOT NULL,
  from_date          date NOT NULL,
  working_days       integer NOT NULL CHECK (working_days >= 1),
  due_date           date NOT NULL,
  provisional        boolean NOT NULL,
  holder_account_id  integer REFERENCES accounts (id),
  area_code          text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  recomputed_at      timestamptz
);
COMMENT ON TABLE deadlines IS 'Working-day deadlines computed for a subject; recomputed when the calendar changes';
COMMENT ON COLUMN deadlines.due_date IS 'The working_days-th working day strictly after from_date (Civil Code Art. 201)';
CREATE INDEX deadlines_due_date_idx ON deadlines (due_date);
CREATE INDEX deadlines_holder_idx ON deadlines (holder_account_id);

CREATE TABLE notifications (
  id          serial PRIMARY KEY,
  account_id  integer NOT NULL REFERENCES accounts (id),
  kind        text NOT NULL,
  message_zh  text NOT NULL,
  message_en  text NOT NULL,
  data        jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz
);
COMMENT ON TABLE notifications IS 'Messages to an account, e.g. a deadline moved when a year''s schedule was loaded';
CREATE INDEX notifications_account_idx ON notifications (account_id, id);

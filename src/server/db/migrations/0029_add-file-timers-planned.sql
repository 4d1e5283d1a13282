-- The checks last planned for a file as durable timers (issue 8). Every action re-planned the file's timers, and most
-- actions do not change them (the officers' steps between acceptance and decision leave the deadline where it was):
-- the statement still cancelled nothing, inserted nothing and rewrote each pending timer in place. The action's own
-- statement now keeps what it planned, so the next action sends no timer statement when its plan is the same.
-- NULL (files from before this column, and those `zimao generate` writes): not known, planned at the next action.
ALTER TABLE application_files ADD COLUMN timers_planned text;
COMMENT ON COLUMN application_files.timers_planned IS 'The file checks (day, planned) last planned as timers, as JSON; NULL when not known';

-- The decision of an application file kept on its row (issue 8: the indicators FILES_DECIDED and FILES_DECIDED_ON_TIME
-- and the FTZ Office's on-time figures read these columns instead of deriving every file's state from its log on each
-- read). Written with the rest of the projection by every action (files service, appendAction); files decided before
-- this migration are filled in once at start-up from their logs (bootstrap.ts).
ALTER TABLE application_files ADD COLUMN decided_on date;
ALTER TABLE application_files ADD COLUMN decided_on_time boolean;
COMMENT ON COLUMN application_files.decided_on IS 'The day the statutory clock stopped with a decision (approval or refusal; not a withdrawal); null while undecided';
COMMENT ON COLUMN application_files.decided_on_time IS 'Decided on or before the due day of the statutory or committed time limit (Trial Measures Art. 14)';
CREATE INDEX application_files_decided_idx ON application_files (decided_on, area_code) WHERE decided_on IS NOT NULL;

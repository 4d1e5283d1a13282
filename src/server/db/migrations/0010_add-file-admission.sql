-- The admission check a foreign-invested establishment passed when it was filed (issue 5: "used automatically
-- by establishment applications of foreign-invested enterprises"; Trial Measures Art. 12), kept with the file
-- so the officer sees the edition, the measures and the procedure the decision rests on.
ALTER TABLE application_files ADD COLUMN admission jsonb;
COMMENT ON COLUMN application_files.admission IS 'The admission check (edition, outcome, measures, procedure, reasons) at filing; null when no foreign investment';

-- Per day, unit and matter: commitments verified and found false (告知承诺核查), and the calendar days special procedures
-- (挂起) lasted, counted when the clock resumes.
ALTER TABLE daily_case_stats
    ADD COLUMN verified         integer NOT NULL DEFAULT 0,
    ADD COLUMN commitment_false integer NOT NULL DEFAULT 0,
    ADD COLUMN suspended_days   integer NOT NULL DEFAULT 0;

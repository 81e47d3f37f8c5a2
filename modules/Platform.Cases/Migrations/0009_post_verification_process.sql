-- 告知承诺核查 as a process: the verifying unit holds it in its queue until its reviewer records the result (verified, or a false
-- commitment with findings). Rows of earlier releases belong to the case's handling unit.
ALTER TABLE post_verifications
    ADD COLUMN region_code  text,
    ADD COLUMN unit_code    text,
    ADD COLUMN opened_at    timestamptz,
    ADD COLUMN verified     boolean,
    ADD COLUMN findings     text,
    ADD COLUMN verified_by  text,
    ADD COLUMN verified_by_name text;
UPDATE post_verifications v SET region_code = c.region_code, unit_code = c.handling_unit_code, opened_at = c.decided_at
FROM cases c WHERE c.id = v.case_id;
ALTER TABLE post_verifications ALTER COLUMN region_code SET NOT NULL, ALTER COLUMN unit_code SET NOT NULL;
CREATE INDEX post_verifications_case ON post_verifications (case_id);
CREATE INDEX post_verifications_unit_queue ON post_verifications (region_code, unit_code, due_date, id) WHERE completed_at IS NULL;

-- A suspension (挂起) for one of the matter's declared special procedures, with that procedure's own limit kept as a deadline
-- the watch warns on; ended when the clock resumes (or the case closes).
CREATE TABLE case_suspensions (
    id             uuid        PRIMARY KEY,
    case_id        uuid        NOT NULL REFERENCES cases (id),
    procedure      text        NOT NULL,
    procedure_name text        NOT NULL,
    reason         text        NOT NULL,
    started_at     timestamptz NOT NULL,
    deadline_id    uuid        NOT NULL,
    due_date       date        NOT NULL,
    ended_at       timestamptz,
    result         text
);
CREATE INDEX case_suspensions_case ON case_suspensions (case_id, started_at);
CREATE INDEX case_suspensions_deadline ON case_suspensions (deadline_id);
CREATE INDEX post_verifications_deadline ON post_verifications (deadline_id);
CREATE INDEX case_materials_deferred_deadline ON case_materials (deferred_deadline_id) WHERE deferred_deadline_id IS NOT NULL;

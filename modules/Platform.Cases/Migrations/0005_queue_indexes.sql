-- The queues read only the cases still in them. A unit's queue is the open cases it handles plus those holding an
-- open review step of the unit; the window's is the cases awaiting intake. Without these, each read every case the
-- region or the unit ever had (a reviewer's queue took 2.3 s at a million cases).
CREATE INDEX cases_unit_open ON cases (region_code, handling_unit_code)
    WHERE state NOT IN ('Delivered', 'RejectedAtIntake', 'Withdrawn');
CREATE INDEX cases_intake ON cases (region_code, submitted_at) WHERE state = 'Submitted';
CREATE INDEX review_steps_open_unit ON review_steps (unit_code, case_id) WHERE completed_at IS NULL;

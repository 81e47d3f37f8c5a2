-- A unit's queue is read a page at a time in its own order (due first, then submitted, then id): the index holding
-- the open cases a unit handles in that order lets a page read its rows instead of sorting the whole queue, which at
-- 150,000 cases awaiting intake took over a second a page. It replaces the unordered index of 0005.
DROP INDEX cases_unit_open;
CREATE INDEX cases_unit_queue ON cases (region_code, handling_unit_code, due_at, submitted_at, id)
    WHERE state NOT IN ('Delivered', 'RejectedAtIntake', 'Withdrawn');

-- A unit's queue is its to-do list: decided, delivered, revoked and closed cases leave it (a decided case's delivery is
-- the window's). The ordered index of 0006 now holds only those open, undecided cases, so a page and its count read no
-- decided ones. A queue filtered by matter, state or due level reads the same index and checks the rest on its rows.
DROP INDEX cases_unit_queue;
CREATE INDEX cases_unit_queue ON cases (region_code, handling_unit_code, due_at, submitted_at, id)
    WHERE state IN ('Submitted', 'AwaitingCorrection', 'UnderReview', 'Suspended');

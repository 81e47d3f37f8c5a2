-- The deadline watch reads running deadlines near or past their due date, by due date.
CREATE INDEX deadlines_watch ON deadlines (due_date, id) WHERE closed_at IS NULL AND suspended_since IS NULL;

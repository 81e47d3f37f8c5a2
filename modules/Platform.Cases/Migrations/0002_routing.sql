-- Where a case was routed when it is not the matter's implementing body (a park that took the power over),
-- the approval seal its results carry, and the unit that countersigns without responsibility (见章盖章).
ALTER TABLE cases ADD COLUMN seal_reference text;
ALTER TABLE cases ADD COLUMN countersigning_unit_code text;
ALTER TABLE cases ADD COLUMN routing_reason text;

-- The idempotency key a stage was filed under: a retried filing (the intake page's hidden key, or the API's
-- Idempotency-Key) finds its stage instead of failing on the project version it bumped.
ALTER TABLE stages ADD COLUMN filing_key text;

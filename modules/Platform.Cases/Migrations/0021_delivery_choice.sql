-- The applicant's choice of how the result reaches them (method, and for a courier the address), changeable until dispatch.
ALTER TABLE cases ADD COLUMN delivery_choice jsonb;

-- A region's cases by submission time (the platform's online rate counts them by channel over a period).
CREATE INDEX cases_region_submitted ON cases (region_code, submitted_at);

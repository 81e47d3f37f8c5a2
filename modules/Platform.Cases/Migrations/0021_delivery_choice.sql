-- The applicant's choice of how the result reaches them (method, and for a courier the address), changeable until dispatch.
ALTER TABLE cases ADD COLUMN delivery_choice jsonb;

-- A finished case handed to another unit (empowerment of a park committee) keeps where it came from;
-- a licence keeps the unit that issued it and names the unit that now owns its record.
ALTER TABLE cases ADD COLUMN transferred_from_unit_code text;
ALTER TABLE cases ADD COLUMN transferred_at timestamptz;
ALTER TABLE licences ADD COLUMN owner_unit_code text;
ALTER TABLE licences ADD COLUMN transferred_at timestamptz;
CREATE INDEX cases_matter_unit ON cases (region_code, matter_code, handling_unit_code);

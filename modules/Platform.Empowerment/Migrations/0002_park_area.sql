-- Bottom lines recognised by the matter itself: its implementing department and its codes, besides category and keywords.
ALTER TABLE excluded_categories ADD COLUMN departments  text[] NOT NULL DEFAULT '{}';
ALTER TABLE excluded_categories ADD COLUMN matter_codes text[] NOT NULL DEFAULT '{}';

-- The park's entry application (入园项目准入审核), which must state its GB/T 4754 industry code.
ALTER TABLE programmes ADD COLUMN entry_matter_code text;

-- Handover deadlines: the programme's reading by default, each agreement may set its own.
ALTER TABLE programmes ADD COLUMN records_days integer NOT NULL DEFAULT 5;
ALTER TABLE programmes ADD COLUMN access_days  integer NOT NULL DEFAULT 3;
ALTER TABLE programmes ADD COLUMN day_unit     text    NOT NULL DEFAULT 'CalendarDays';
ALTER TABLE agreements ADD COLUMN records_days integer;
ALTER TABLE agreements ADD COLUMN access_days  integer;
ALTER TABLE agreements ADD COLUMN day_unit     text;

-- The park's area: enterprises registered in it and the land parcels (宗地) inside its boundary. Empowered matters go to
-- the park only for these; everything else stays with the department.
CREATE TABLE park_enterprises (
    region_code text NOT NULL REFERENCES programmes (region_code),
    credit_code text NOT NULL,
    name        text NOT NULL,
    PRIMARY KEY (region_code, credit_code)
);

CREATE TABLE park_parcels (
    region_code text NOT NULL REFERENCES programmes (region_code),
    code        text NOT NULL,
    name        text NOT NULL,
    PRIMARY KEY (region_code, code)
);

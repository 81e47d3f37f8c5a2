-- An import may skip the matters whose rows break a rule and write the others (the import page asks for that);
-- the job then ends Completed with the skipped rows' errors and the number of matters it wrote.
ALTER TABLE import_jobs ADD COLUMN skip_invalid boolean NOT NULL DEFAULT false;
ALTER TABLE import_jobs ADD COLUMN imported integer NOT NULL DEFAULT 0;

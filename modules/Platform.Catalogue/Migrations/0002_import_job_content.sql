-- An import is acknowledged with 202 once its upload is stored here; a host that dies mid-import leaves the job
-- Running with its content, and the resume job finishes it. The content is dropped when the job ends.
ALTER TABLE import_jobs ADD COLUMN content bytea;

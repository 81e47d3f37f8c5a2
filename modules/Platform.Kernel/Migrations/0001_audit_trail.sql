-- The audit trail: append-only and hash-chained per region.
-- Each record's hash covers the previous record's hash and its own content, so a changed or
-- removed record breaks the chain from that point on.
CREATE TABLE audit_heads (
    region_code   text    PRIMARY KEY,
    last_sequence bigint  NOT NULL,
    last_hash     bytea   NOT NULL
);

CREATE TABLE audit_records (
    region_code   text        NOT NULL,
    sequence      bigint      NOT NULL,
    occurred_at   timestamptz NOT NULL,
    actor         text        NOT NULL,
    action        text        NOT NULL,
    subject_type  text        NOT NULL,
    subject_id    text        NOT NULL,
    data          text        NOT NULL,
    previous_hash bytea       NOT NULL,
    hash          bytea       NOT NULL,
    PRIMARY KEY (region_code, sequence)
);

CREATE INDEX audit_records_subject ON audit_records (subject_type, subject_id);

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit records are append-only';
END;
$$;

CREATE TRIGGER audit_records_append_only
    BEFORE UPDATE OR DELETE ON audit_records
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();

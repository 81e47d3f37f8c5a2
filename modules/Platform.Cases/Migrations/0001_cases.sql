-- Cases (办件): one application for one matter, bound to the matter version it was accepted under.
CREATE TABLE case_numbers (
    region_code text    NOT NULL,
    year        integer NOT NULL,
    last_number integer NOT NULL,
    PRIMARY KEY (region_code, year)
);

CREATE TABLE cases (
    id                  uuid        PRIMARY KEY,
    number              text        NOT NULL UNIQUE,
    query_code          text        NOT NULL,
    region_code         text        NOT NULL,
    matter_code         text        NOT NULL,
    matter_version_id   uuid        NOT NULL,
    matter_name         text        NOT NULL,
    handling_unit_code  text        NOT NULL,
    applicant_id        text        NOT NULL,
    applicant_name      text        NOT NULL,
    applicant_kind      text        NOT NULL,
    enterprise_code     text,
    channel             text        NOT NULL,
    state               text        NOT NULL,
    version             integer     NOT NULL,
    intake_route        text,
    form                jsonb       NOT NULL,
    submitted_at        timestamptz NOT NULL,
    accepted_at         timestamptz,
    decided_at          timestamptz,
    delivered_at        timestamptz,
    closed_at           timestamptz,
    deadline_id         uuid,
    due_date            date,
    due_at              timestamptz,
    due_provisional     boolean     NOT NULL DEFAULT false,
    decision            jsonb,
    delivery            jsonb
);

CREATE INDEX cases_queue ON cases (region_code, handling_unit_code, state, due_at);
CREATE INDEX cases_applicant ON cases (applicant_id, submitted_at DESC);
CREATE INDEX cases_enterprise ON cases (enterprise_code, submitted_at DESC) WHERE enterprise_code IS NOT NULL;
CREATE INDEX cases_deadline ON cases (deadline_id) WHERE deadline_id IS NOT NULL;

-- Each material the matter asks for, and how the applicant satisfied it.
CREATE TABLE case_materials (
    case_id             uuid    NOT NULL REFERENCES cases (id),
    material_code       text    NOT NULL,
    name                text    NOT NULL,
    required            boolean NOT NULL,
    core                boolean NOT NULL,
    status              text    NOT NULL,
    file_id             uuid,
    licence_reference   text,
    deferred_due_date   date,
    deferred_deadline_id uuid,
    supplied_at         timestamptz,
    PRIMARY KEY (case_id, material_code)
);

-- The timeline: every step, recorded when it happens, never edited.
CREATE TABLE case_events (
    case_id     uuid        NOT NULL REFERENCES cases (id),
    sequence    integer     NOT NULL,
    occurred_at timestamptz NOT NULL,
    actor_id    text        NOT NULL,
    actor_name  text        NOT NULL,
    unit_code   text,
    action      text        NOT NULL,
    from_state  text,
    to_state    text        NOT NULL,
    data        jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (case_id, sequence)
);

CREATE TABLE correction_notices (
    id          uuid        PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES cases (id),
    issued_at   timestamptz NOT NULL,
    items       jsonb       NOT NULL,
    clock_stopped boolean   NOT NULL,
    answered_at timestamptz
);
CREATE INDEX correction_notices_case ON correction_notices (case_id);

CREATE TABLE review_steps (
    case_id      uuid        NOT NULL REFERENCES cases (id),
    ordinal      integer     NOT NULL,
    unit_code    text        NOT NULL,
    completed_at timestamptz,
    actor_id     text,
    opinion      text,
    agrees       boolean,
    PRIMARY KEY (case_id, ordinal)
);

CREATE TABLE post_verifications (
    id          uuid        PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES cases (id),
    due_date    date        NOT NULL,
    deadline_id uuid        NOT NULL,
    completed_at timestamptz,
    result      text
);
CREATE INDEX post_verifications_open ON post_verifications (due_date) WHERE completed_at IS NULL;

-- Uploaded files, content-addressed by SHA-256 on disk.
CREATE TABLE files (
    id           uuid        PRIMARY KEY,
    sha256       text        NOT NULL,
    size_bytes   bigint      NOT NULL,
    content_type text        NOT NULL,
    file_name    text        NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
CREATE INDEX files_sha256 ON files (sha256);

-- A retried create returns the case the first attempt made.
CREATE TABLE idempotency_keys (
    actor_id     text        NOT NULL,
    key          text        NOT NULL,
    request_hash text        NOT NULL,
    case_id      uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (actor_id, key)
);

-- E-licences issued into applicants' licence libraries.
CREATE TABLE licences (
    id            uuid        PRIMARY KEY,
    number        text        NOT NULL UNIQUE,
    region_code   text        NOT NULL,
    case_id       uuid        NOT NULL REFERENCES cases (id),
    holder_id     text        NOT NULL,
    holder_name   text        NOT NULL,
    licence_type  text        NOT NULL,
    issuing_unit  text        NOT NULL,
    seal_reference text       NOT NULL,
    issued_at     timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX licences_holder ON licences (holder_id, licence_type);

-- Entities on the dishonest (black) list lose the fast routes.
CREATE TABLE dishonest_entities (
    region_code text        NOT NULL,
    subject_id  text        NOT NULL,
    reason      text        NOT NULL,
    listed_at   timestamptz NOT NULL,
    lifted_at   timestamptz,
    PRIMARY KEY (region_code, subject_id, listed_at)
);

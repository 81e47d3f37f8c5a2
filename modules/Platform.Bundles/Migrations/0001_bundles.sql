-- A region's bundles (一件事): each version holds the whole definition as jsonb, frozen once published;
-- only valid_to changes, when the next version is published.
CREATE TABLE bundle_versions (
    id           uuid        PRIMARY KEY,
    region_code  text        NOT NULL,
    code         text        NOT NULL,
    number       integer     NOT NULL CHECK (number > 0),
    state        text        NOT NULL CHECK (state IN ('Draft', 'Published')),
    name         text        NOT NULL,
    definition   jsonb       NOT NULL,
    valid_from   timestamptz,
    valid_to     timestamptz,
    published_at timestamptz,
    published_by text,
    updated_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL,
    UNIQUE (region_code, code, number),
    CHECK (state = 'Draft' OR valid_from IS NOT NULL)
);

CREATE UNIQUE INDEX bundle_versions_one_draft ON bundle_versions (region_code, code) WHERE state = 'Draft';
CREATE INDEX bundle_versions_in_force ON bundle_versions (region_code, code, valid_from) WHERE state = 'Published';

-- One application for a bundle: the version it binds to, the answers and the one form, its own deadline.
CREATE TABLE bundle_cases (
    id                uuid        PRIMARY KEY,
    number            text        NOT NULL UNIQUE,
    region_code       text        NOT NULL,
    bundle_code       text        NOT NULL,
    bundle_version_id uuid        NOT NULL REFERENCES bundle_versions (id),
    bundle_name       text        NOT NULL,
    zone              text,
    applicant_id      text        NOT NULL,
    applicant_name    text        NOT NULL,
    enterprise_code   text,
    submitted_by      text        NOT NULL,
    answers           jsonb       NOT NULL,
    form              jsonb       NOT NULL,
    state             text        NOT NULL,
    version           integer     NOT NULL,
    intake_unit       text,
    deadline_id       uuid,
    due_date          date,
    due_provisional   boolean     NOT NULL DEFAULT false,
    submitted_at      timestamptz NOT NULL,
    accepted_at       timestamptz,
    completed_at      timestamptz,
    delivered_at      timestamptz,
    failure_reason    text,
    delivery          jsonb
);

CREATE INDEX bundle_cases_region ON bundle_cases (region_code, state, submitted_at DESC);
CREATE INDEX bundle_cases_applicant ON bundle_cases (applicant_id);

-- The member cases a bundle case follows; the case module owns the cases, this keeps a copy of their state.
CREATE TABLE bundle_members (
    bundle_case_id uuid        NOT NULL REFERENCES bundle_cases (id),
    case_id        uuid        NOT NULL UNIQUE,
    case_number    text        NOT NULL,
    matter_code    text        NOT NULL,
    matter_name    text        NOT NULL,
    state          text        NOT NULL,
    due_date       date,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (bundle_case_id, matter_code)
);

CREATE TABLE idempotency_keys (
    actor_id       text        NOT NULL,
    key            text        NOT NULL,
    request_hash   text        NOT NULL,
    bundle_case_id uuid        NOT NULL REFERENCES bundle_cases (id),
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (actor_id, key)
);

CREATE SEQUENCE bundle_case_numbers;

-- 鹤山 集成审批: single-document routing, project admission, key-project tracking, policy calculator.

-- A retried create returns what the first attempt made.
CREATE TABLE idempotency_keys (
    actor_id     text        NOT NULL,
    key          text        NOT NULL,
    request_hash text        NOT NULL,
    subject_id   uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (actor_id, key)
);

-- 一文直办: one document from filing to hand-down.
CREATE TABLE documents (
    id             uuid        PRIMARY KEY,
    region_code    text        NOT NULL,
    number         text        NOT NULL UNIQUE,
    title          text        NOT NULL,
    body           text        NOT NULL,
    filing_unit    text        NOT NULL,
    filed_by       text        NOT NULL,
    filed_by_name  text        NOT NULL,
    filed_at       timestamptz NOT NULL,
    state          text        NOT NULL,
    version        int         NOT NULL,
    completed_at   timestamptz
);
CREATE INDEX documents_region ON documents (region_code, filed_at DESC);

-- Every step of a document's route: the parallel opinions, the leader sign-off, the hand-down.
CREATE TABLE document_steps (
    id             uuid        PRIMARY KEY,
    document_id    uuid        NOT NULL REFERENCES documents (id),
    stage          text        NOT NULL,
    ordinal        int         NOT NULL,
    unit_code      text        NOT NULL,
    limit_days     int         NOT NULL,
    opened_at      timestamptz,
    deadline_id    uuid,
    due_date       date,
    completed_at   timestamptz,
    completed_by   text,
    completed_by_name text,
    agrees         boolean,
    opinion        text,
    seal_reference text,
    UNIQUE (document_id, stage, ordinal)
);
CREATE INDEX document_steps_open ON document_steps (unit_code, due_date) WHERE completed_at IS NULL AND opened_at IS NOT NULL;
CREATE INDEX document_steps_deadline ON document_steps (deadline_id);

-- 项目准入: a request to the development and reform bureau, one form for eight departments.
CREATE TABLE admissions (
    id              uuid        PRIMARY KEY,
    region_code     text        NOT NULL,
    number          text        NOT NULL UNIQUE,
    project_name    text        NOT NULL,
    investor        text        NOT NULL,
    investment      numeric     NOT NULL,
    land_area       numeric     NOT NULL,
    industry        text        NOT NULL,
    filing_unit     text        NOT NULL,
    filed_by        text        NOT NULL,
    filed_by_name   text        NOT NULL,
    filed_at        timestamptz NOT NULL,
    deadline_id     uuid        NOT NULL,
    due_date        date        NOT NULL,
    scoring_model   jsonb       NOT NULL,
    materials       jsonb       NOT NULL,
    state           text        NOT NULL,
    version         int         NOT NULL,
    score           numeric,
    passed          boolean,
    conclusion      text,
    concluded_at    timestamptz,
    concluded_by    text,
    seal_reference  text
);
CREATE INDEX admissions_region ON admissions (region_code, filed_at DESC);
CREATE INDEX admissions_deadline ON admissions (deadline_id);

CREATE TABLE admission_opinions (
    admission_id   uuid        NOT NULL REFERENCES admissions (id),
    unit_code      text        NOT NULL,
    deadline_id    uuid        NOT NULL,
    due_date       date        NOT NULL,
    answered_at    timestamptz,
    answered_by    text,
    answered_by_name text,
    agrees         boolean,
    opinion        text,
    scores         jsonb,
    seal_reference text,
    PRIMARY KEY (admission_id, unit_code)
);
CREATE INDEX admission_opinions_open ON admission_opinions (unit_code, due_date) WHERE answered_at IS NULL;
CREATE INDEX admission_opinions_deadline ON admission_opinions (deadline_id);

-- Where a concluded admission was sent (the leading group, 自然资源局, the town).
CREATE TABLE admission_pushes (
    admission_id   uuid        NOT NULL REFERENCES admissions (id),
    target         text        NOT NULL,
    target_name    text        NOT NULL,
    pushed_at      timestamptz NOT NULL,
    PRIMARY KEY (admission_id, target)
);

-- The admission scoring model: seeded from Seed/admission-scoring.yaml, then owned by admins.
CREATE TABLE scoring_models (
    region_code    text        PRIMARY KEY,
    model          jsonb       NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- 企业全生命周期一表直跟: key projects on fixed flows.
CREATE TABLE key_projects (
    id              uuid        PRIMARY KEY,
    region_code     text        NOT NULL,
    name            text        NOT NULL,
    enterprise_id   text        NOT NULL,
    enterprise_name text        NOT NULL,
    flow_code       text        NOT NULL,
    filed_by        text        NOT NULL,
    filed_at        timestamptz NOT NULL,
    state           text        NOT NULL,
    version         int         NOT NULL,
    completed_at    timestamptz
);
CREATE INDEX key_projects_region ON key_projects (region_code, filed_at DESC);

CREATE TABLE key_project_stages (
    project_id     uuid        NOT NULL REFERENCES key_projects (id),
    ordinal        int         NOT NULL,
    name           text        NOT NULL,
    unit_code      text        NOT NULL,
    limit_days     int         NOT NULL,
    opened_at      timestamptz,
    deadline_id    uuid,
    due_date       date,
    completed_at   timestamptz,
    completed_by   text,
    note           text,
    PRIMARY KEY (project_id, ordinal)
);
CREATE INDEX key_project_stages_open ON key_project_stages (unit_code, due_date) WHERE completed_at IS NULL AND opened_at IS NOT NULL;
CREATE INDEX key_project_stages_deadline ON key_project_stages (deadline_id);

-- 涉企政策兑现: the data an enterprise (or a bureau on its behalf) entered for the calculator.
CREATE TABLE enterprise_profiles (
    enterprise_id  text        PRIMARY KEY,
    region_code    text        NOT NULL,
    name           text        NOT NULL,
    industry       text        NOT NULL,
    annual_revenue numeric     NOT NULL,
    tax_paid       numeric     NOT NULL,
    rd_spend       numeric     NOT NULL,
    employees      int         NOT NULL,
    high_tech      boolean     NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text        NOT NULL
);
CREATE INDEX enterprise_profiles_region ON enterprise_profiles (region_code, enterprise_id);

-- Document and admission numbers per region and year.
CREATE TABLE number_sequences (
    region_code text NOT NULL,
    kind        text NOT NULL,
    year        int  NOT NULL,
    last_value  int  NOT NULL,
    PRIMARY KEY (region_code, kind, year)
);

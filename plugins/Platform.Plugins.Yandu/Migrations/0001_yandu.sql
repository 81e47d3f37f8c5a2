-- 不见面审批清单: the region's published list of matters that need no visit, a snapshot of the catalogue at publication.
CREATE TABLE no_face_lists (
    id           uuid        PRIMARY KEY,
    region_code  text        NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text        NOT NULL,
    entries      integer     NOT NULL
);
CREATE INDEX no_face_lists_latest ON no_face_lists (region_code, published_at DESC);

CREATE TABLE no_face_entries (
    list_id      uuid    NOT NULL REFERENCES no_face_lists (id),
    ordinal      integer NOT NULL,
    matter_code  text    NOT NULL,
    name         text    NOT NULL,
    department   text    NOT NULL,
    online_depth text    NOT NULL,
    zero_visit   boolean NOT NULL,
    definition   jsonb   NOT NULL,
    PRIMARY KEY (list_id, ordinal)
);
CREATE INDEX no_face_entries_code ON no_face_entries (list_id, matter_code);

-- 代办: the agent catalogue, assignments to enterprises' projects with their deadline, and the enterprises' ratings.
CREATE TABLE agents (
    code         text    PRIMARY KEY,
    region_code  text    NOT NULL,
    name         text    NOT NULL,
    unit         text    NOT NULL,
    phone        text    NOT NULL,
    scope        jsonb   NOT NULL,
    time_limit_working_days integer NOT NULL,
    active       boolean NOT NULL DEFAULT true
);

CREATE TABLE agent_assignments (
    id              uuid        PRIMARY KEY,
    region_code     text        NOT NULL,
    agent_code      text        NOT NULL REFERENCES agents (code),
    enterprise_code text        NOT NULL,
    enterprise_name text        NOT NULL,
    project_name    text        NOT NULL,
    matter_code     text,
    case_id         uuid,
    assigned_at     timestamptz NOT NULL,
    assigned_by     text        NOT NULL,
    deadline_id     uuid        NOT NULL,
    due_date        date        NOT NULL,
    completed_at    timestamptz,
    rating          integer,
    rating_comment  text,
    rated_at        timestamptz,
    idempotency_key text        NOT NULL,
    UNIQUE (assigned_by, idempotency_key)
);
-- First responsibility (首问负责): one open assignment per enterprise project.
CREATE UNIQUE INDEX agent_assignments_first ON agent_assignments (region_code, enterprise_code, project_name) WHERE completed_at IS NULL;
CREATE INDEX agent_assignments_agent ON agent_assignments (agent_code, assigned_at DESC);

-- 双随机一公开: qualified inspectors, plans with their recorded seed and population, the draw, and published results.
CREATE TABLE inspectors (
    code        text    PRIMARY KEY,
    region_code text    NOT NULL,
    name        text    NOT NULL,
    unit        text    NOT NULL,
    qualified   boolean NOT NULL,
    related_enterprises jsonb NOT NULL DEFAULT '[]'
);

CREATE TABLE inspection_plans (
    id                     uuid        PRIMARY KEY,
    region_code            text        NOT NULL,
    name                   text        NOT NULL,
    seed                   text        NOT NULL,
    target_count           integer     NOT NULL,
    inspectors_per_target  integer     NOT NULL,
    population             jsonb       NOT NULL,
    inspector_pool         jsonb       NOT NULL,
    drawn_at               timestamptz NOT NULL,
    drawn_by               text        NOT NULL,
    idempotency_key        text        NOT NULL,
    UNIQUE (drawn_by, idempotency_key)
);
CREATE INDEX inspection_plans_region ON inspection_plans (region_code, drawn_at DESC);

CREATE TABLE inspection_targets (
    plan_id         uuid    NOT NULL REFERENCES inspection_plans (id),
    ordinal         integer NOT NULL,
    enterprise_code text    NOT NULL,
    enterprise_name text    NOT NULL,
    inspectors      jsonb   NOT NULL,
    result          text,
    findings        text,
    published_at    timestamptz,
    PRIMARY KEY (plan_id, ordinal)
);

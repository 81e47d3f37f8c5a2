-- Project categories with their chain cap and their four stage templates (open shape: jsonb).
CREATE TABLE categories (
    region_code    text NOT NULL,
    code           text NOT NULL,
    name           text NOT NULL,
    ordinal        int  NOT NULL,
    industry_code  text NOT NULL,
    chain_cap_days int  NOT NULL CHECK (chain_cap_days > 0),
    stages         jsonb NOT NULL,
    PRIMARY KEY (region_code, code)
);

-- The running sequence behind project codes, per region and year.
CREATE TABLE code_sequences (
    region_code text NOT NULL,
    year        int  NOT NULL,
    last_value  int  NOT NULL,
    PRIMARY KEY (region_code, year)
);

CREATE TABLE projects (
    id               uuid PRIMARY KEY,
    region_code      text NOT NULL,
    code             text NOT NULL UNIQUE,
    name             text NOT NULL,
    category_code    text NOT NULL,
    project_class    text NOT NULL,
    location         text NOT NULL,
    zone             text,
    applicant_id     text NOT NULL,
    enterprise_code  text NOT NULL,
    enterprise_name  text NOT NULL,
    credit_standing  text NOT NULL,
    key_project      boolean NOT NULL DEFAULT false,
    agent_name       text,
    chain_cap_days   int  NOT NULL,
    chain_deadline_id uuid,
    created_by       text NOT NULL,
    idempotency_key  text NOT NULL,
    created_at       timestamptz NOT NULL,
    version          int NOT NULL DEFAULT 1,
    UNIQUE (created_by, idempotency_key),
    FOREIGN KEY (region_code, category_code) REFERENCES categories (region_code, code)
);
CREATE INDEX projects_region ON projects (region_code, created_at DESC);

-- A stage as filed: the template copied in, so a later change to the template leaves running projects alone.
CREATE TABLE stages (
    project_id       uuid NOT NULL REFERENCES projects (id),
    ordinal          int  NOT NULL CHECK (ordinal BETWEEN 1 AND 4),
    name             text NOT NULL,
    lead_unit_code   text NOT NULL,
    window_unit_code text NOT NULL,
    committed_days   int  NOT NULL,
    completion_rule  text NOT NULL,
    state            text NOT NULL,
    form             jsonb NOT NULL,
    filed_at         timestamptz NOT NULL,
    accepted_at      timestamptz,
    completed_at     timestamptz,
    deadline_id      uuid,
    PRIMARY KEY (project_id, ordinal)
);

CREATE TABLE stage_members (
    project_id  uuid NOT NULL,
    ordinal     int  NOT NULL,
    matter_code text NOT NULL,
    matter_name text NOT NULL,
    milestone   boolean NOT NULL,
    case_id     uuid UNIQUE,
    case_number text,
    case_state  text,
    due_date    date,
    PRIMARY KEY (project_id, ordinal, matter_code),
    FOREIGN KEY (project_id, ordinal) REFERENCES stages (project_id, ordinal)
);

-- The red/black list of enterprises and practitioners consulted at project intake.
CREATE TABLE credit_entries (
    region_code  text NOT NULL,
    subject_id   text NOT NULL,
    subject_name text NOT NULL,
    list         text NOT NULL CHECK (list IN ('red', 'black')),
    reason       text NOT NULL,
    listed_at    timestamptz NOT NULL,
    PRIMARY KEY (region_code, subject_id)
);

-- The intermediary-service list (中介服务名录), published to everyone.
CREATE TABLE intermediaries (
    region_code   text NOT NULL,
    code          text NOT NULL,
    name          text NOT NULL,
    services      text NOT NULL,
    qualification text NOT NULL,
    contact       text NOT NULL,
    PRIMARY KEY (region_code, code)
);

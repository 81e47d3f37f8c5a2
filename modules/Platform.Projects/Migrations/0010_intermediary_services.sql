-- The region's intermediary-service matters (中介服务事项清单): the material each one's report stands for, its time limit
-- in working days, and the listed firms that offer it.
CREATE TABLE intermediary_matters (
    region_code     text   NOT NULL,
    code            text   NOT NULL,
    name            text   NOT NULL,
    material_name   text   NOT NULL,
    time_limit_days int    NOT NULL CHECK (time_limit_days > 0),
    firm_codes      text[] NOT NULL,
    PRIMARY KEY (region_code, code)
);

-- A service an enterprise commissioned, from the firm it chose itself for one of its projects; its report then stands
-- for the matter's material in the enterprise's applications, and the enterprise rates the firm once.
CREATE TABLE intermediary_services (
    id              uuid PRIMARY KEY,
    region_code     text NOT NULL,
    project_id      uuid NOT NULL REFERENCES projects (id),
    enterprise_code text NOT NULL,
    matter_code     text NOT NULL,
    matter_name     text NOT NULL,
    material_name   text NOT NULL,
    firm_code       text NOT NULL,
    firm_name       text NOT NULL,
    time_limit_days int  NOT NULL,
    commissioned_at timestamptz NOT NULL,
    due_date        date NOT NULL,
    deadline_id     uuid NOT NULL,
    state           text NOT NULL CHECK (state IN ('commissioned', 'reported')),
    report_file_id  uuid,
    report_no       text,
    reported_at     timestamptz,
    overdue         boolean NOT NULL DEFAULT false,
    rating          int CHECK (rating BETWEEN 1 AND 5),
    rating_comment  text,
    rated_at        timestamptz,
    created_by      text NOT NULL,
    idempotency_key text NOT NULL,
    UNIQUE (created_by, idempotency_key),
    FOREIGN KEY (region_code, matter_code) REFERENCES intermediary_matters (region_code, code),
    FOREIGN KEY (region_code, firm_code) REFERENCES intermediaries (region_code, code)
);
CREATE INDEX intermediary_services_project ON intermediary_services (project_id, commissioned_at);
CREATE INDEX intermediary_services_reports ON intermediary_services (region_code, enterprise_code, material_name, reported_at DESC)
    WHERE state = 'reported';
CREATE INDEX intermediary_services_firm ON intermediary_services (region_code, firm_code);

-- A refused member can be filed again: its earlier cases are kept, the current one is case_id.
ALTER TABLE stage_members ADD COLUMN attempt int NOT NULL DEFAULT 1;
ALTER TABLE stage_members ADD COLUMN earlier_case_ids uuid[] NOT NULL DEFAULT '{}';

-- A joint review (联合审图, 联合验收) of a stage: one step, one opinion per participating unit, its own deadline.
CREATE TABLE joint_reviews (
    id             uuid PRIMARY KEY,
    project_id     uuid NOT NULL,
    ordinal        int  NOT NULL,
    kind           text NOT NULL,
    name           text NOT NULL,
    units          text[] NOT NULL,
    committed_days int  NOT NULL,
    opened_at      timestamptz NOT NULL,
    deadline_id    uuid NOT NULL,
    concluded_at   timestamptz,
    conclusion     text CHECK (conclusion IN ('pass', 'conditional', 'fail')),
    version        int  NOT NULL DEFAULT 1,
    UNIQUE (project_id, ordinal, kind),
    FOREIGN KEY (project_id, ordinal) REFERENCES stages (project_id, ordinal)
);

CREATE TABLE joint_review_opinions (
    review_id     uuid NOT NULL REFERENCES joint_reviews (id),
    unit_code     text NOT NULL,
    verdict       text NOT NULL CHECK (verdict IN ('pass', 'conditional', 'fail')),
    text          text NOT NULL,
    reviewer_id   text NOT NULL,
    reviewer_name text NOT NULL,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (review_id, unit_code)
);

-- Results made once and shared: a project's joint survey (多测合一, every later stage) and a zone's regional
-- assessments (区域评估, every project in the zone while valid). Each stands for a material by its name.
CREATE TABLE shared_results (
    id              uuid PRIMARY KEY,
    region_code     text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('survey', 'assessment')),
    project_id      uuid REFERENCES projects (id),
    zone            text,
    name            text NOT NULL,
    material_name   text NOT NULL,
    reference       text NOT NULL,
    valid_from      date NOT NULL,
    valid_until     date,
    recorded_by     text NOT NULL,
    idempotency_key text NOT NULL,
    recorded_at     timestamptz NOT NULL,
    UNIQUE (recorded_by, idempotency_key),
    CHECK ((kind = 'survey' AND project_id IS NOT NULL) OR (kind = 'assessment' AND zone IS NOT NULL AND valid_until IS NOT NULL))
);
CREATE INDEX shared_results_zone ON shared_results (region_code, zone) WHERE kind = 'assessment';
CREATE INDEX shared_results_project ON shared_results (project_id) WHERE kind = 'survey';

-- 模拟审批: categories that may be pre-reviewed while their land is auctioned (鹤山: industrial and logistics).
ALTER TABLE categories ADD COLUMN simulated_approval boolean NOT NULL DEFAULT false;

-- A project under simulated approval: the one form and materials of its first three stages, held until the land contract.
CREATE TABLE simulated_approvals (
    project_id         uuid PRIMARY KEY REFERENCES projects (id),
    applicant_id       text NOT NULL,
    applicant_name     text NOT NULL,
    form               jsonb NOT NULL,
    materials          jsonb NOT NULL,
    started_at         timestamptz NOT NULL,
    land_contract      text,
    land_contracted_at timestamptz
);

-- Each department's pre-review opinion on a matter of the first three stages.
CREATE TABLE pre_reviews (
    project_id    uuid NOT NULL REFERENCES simulated_approvals (project_id),
    matter_code   text NOT NULL,
    ordinal       int  NOT NULL,
    unit_code     text NOT NULL,
    verdict       text NOT NULL CHECK (verdict IN ('pass', 'fail')),
    text          text NOT NULL,
    reviewer_id   text NOT NULL,
    reviewer_name text NOT NULL,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (project_id, matter_code)
);

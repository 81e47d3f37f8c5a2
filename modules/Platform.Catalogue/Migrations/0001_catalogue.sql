-- A region's matters: the stable identity (region, implementation code) and its versions.
CREATE TABLE matters (
    id          uuid        PRIMARY KEY,
    region_code text        NOT NULL,
    code        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    UNIQUE (region_code, code)
);

-- Each version holds the whole definition as jsonb; the searched fields are copied out beside it.
-- A published version is frozen: only valid_to changes, when the next version is published.
CREATE TABLE matter_versions (
    id           uuid        PRIMARY KEY,
    matter_id    uuid        NOT NULL REFERENCES matters (id),
    region_code  text        NOT NULL,
    code         text        NOT NULL,
    number       integer     NOT NULL CHECK (number > 0),
    state        text        NOT NULL CHECK (state IN ('Draft', 'Published')),
    name         text        NOT NULL,
    department   text        NOT NULL,
    type         text        NOT NULL,
    online_depth text        NOT NULL,
    definition   jsonb       NOT NULL,
    valid_from   timestamptz,
    valid_to     timestamptz,
    published_at timestamptz,
    published_by text,
    updated_at   timestamptz NOT NULL,
    updated_by   text        NOT NULL,
    UNIQUE (matter_id, number),
    CHECK (state = 'Draft' OR valid_from IS NOT NULL),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE UNIQUE INDEX matter_versions_one_draft ON matter_versions (matter_id) WHERE state = 'Draft';
CREATE INDEX matter_versions_in_force ON matter_versions (region_code, code, valid_from) WHERE state = 'Published';
CREATE INDEX matter_versions_search ON matter_versions (region_code, department, type, online_depth);

-- An import: validated whole before anything is written; processed/total let a page show progress.
CREATE TABLE import_jobs (
    id          uuid        PRIMARY KEY,
    region_code text        NOT NULL,
    format      text        NOT NULL CHECK (format IN ('yaml', 'xlsx')),
    state       text        NOT NULL CHECK (state IN ('Running', 'Failed', 'Completed')),
    processed   integer     NOT NULL DEFAULT 0,
    total       integer     NOT NULL DEFAULT 0,
    errors      jsonb       NOT NULL DEFAULT '[]',
    started_by  text        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz
);

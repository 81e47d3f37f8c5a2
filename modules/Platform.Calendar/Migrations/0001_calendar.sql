-- A region's own rest days (local holiday, bureau closure) and work days on top of the national calendar.
CREATE TABLE region_days (
    region_code text        NOT NULL,
    day         date        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('rest', 'work')),
    name        text        NOT NULL,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL,
    PRIMARY KEY (region_code, day)
);

-- The national years the stored due dates were computed with, so a start with a newly
-- published or corrected year knows which open deadlines to recompute.
CREATE TABLE national_years (
    year        integer     PRIMARY KEY,
    fingerprint text        NOT NULL,
    applied_at  timestamptz NOT NULL
);

CREATE TABLE deadlines (
    id                     uuid        PRIMARY KEY,
    region_code            text        NOT NULL,
    subject_type           text        NOT NULL,
    subject_id             text        NOT NULL,
    started_at             timestamptz NOT NULL,
    start_date             date        NOT NULL,
    limit_amount           integer     NOT NULL CHECK (limit_amount >= 0),
    limit_unit             text        NOT NULL CHECK (limit_unit IN ('working_days', 'calendar_days', 'hours')),
    extension_working_days integer     NOT NULL DEFAULT 0 CHECK (extension_working_days >= 0),
    due_date               date        NOT NULL,
    due_at                 timestamptz NOT NULL,
    provisional            boolean     NOT NULL,
    suspended_since        timestamptz,
    closed_at              timestamptz,
    opened_at              timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);

CREATE INDEX deadlines_subject ON deadlines (subject_type, subject_id);

-- A calendar change recomputes the open deadlines whose counted range touches the changed dates.
CREATE INDEX deadlines_open_range ON deadlines (start_date, due_date) WHERE closed_at IS NULL;

-- Periods that do not count (法定不计时); resumed_at is null while the suspension lasts.
CREATE TABLE deadline_pauses (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    deadline_id  uuid        NOT NULL REFERENCES deadlines (id),
    suspended_at timestamptz NOT NULL,
    resumed_at   timestamptz,
    reason       text        NOT NULL,
    CHECK (resumed_at IS NULL OR resumed_at >= suspended_at)
);

CREATE INDEX deadline_pauses_deadline ON deadline_pauses (deadline_id);

CREATE TABLE deadline_extensions (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    deadline_id  uuid        NOT NULL REFERENCES deadlines (id),
    extended_at  timestamptz NOT NULL,
    working_days integer     NOT NULL CHECK (working_days > 0),
    reason       text        NOT NULL
);

CREATE INDEX deadline_extensions_deadline ON deadline_extensions (deadline_id);

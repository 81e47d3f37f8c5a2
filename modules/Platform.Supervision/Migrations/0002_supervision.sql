-- What supervision follows of each case, kept by its step observer in the step's transaction.
CREATE TABLE case_facts (
    case_id       uuid        PRIMARY KEY,
    number        text        NOT NULL,
    region_code   text        NOT NULL,
    matter_code   text        NOT NULL,
    unit_code     text        NOT NULL,
    channel       text        NOT NULL,
    intake_route  text,
    state         text        NOT NULL,
    submitted_at  timestamptz NOT NULL,
    accepted_at   timestamptz,
    decided_at    timestamptz,
    due_date      date,
    working_days  integer,
    updated_at    timestamptz NOT NULL
);

CREATE INDEX case_facts_decided ON case_facts (region_code, matter_code, decided_at) WHERE decided_at IS NOT NULL;
CREATE INDEX case_facts_submitted ON case_facts (region_code, submitted_at);

-- A warning is raised once per level per deadline: the unique key makes a restart or a second host harmless.
CREATE TABLE warnings (
    id                     uuid        PRIMARY KEY,
    deadline_id            uuid        NOT NULL,
    level                  text        NOT NULL CHECK (level IN ('yellow', 'red', 'overdue')),
    region_code            text        NOT NULL,
    subject_type           text        NOT NULL,
    subject_id             text        NOT NULL,
    case_id                uuid,
    case_number            text,
    unit_code              text,
    due_date               date        NOT NULL,
    remaining_working_days integer     NOT NULL,
    raised_at              timestamptz NOT NULL,
    UNIQUE (deadline_id, level)
);

CREATE INDEX warnings_region ON warnings (region_code, raised_at DESC, id);
CREATE INDEX warnings_case ON warnings (case_id) WHERE case_id IS NOT NULL;

-- The in-app inbox of a unit (unit_code null: the region's supervisors).
CREATE TABLE inbox_messages (
    id          uuid        PRIMARY KEY,
    region_code text        NOT NULL,
    unit_code   text,
    kind        text        NOT NULL,
    source_id   uuid        NOT NULL,
    title       text        NOT NULL,
    body        text        NOT NULL,
    link        text,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz,
    read_by     text
);

CREATE INDEX inbox_messages_unit ON inbox_messages (region_code, unit_code, created_at DESC, id);

-- Outbound notifications (SMS, the government messaging app), sent after commit and retried until sent.
CREATE TABLE outbound_notifications (
    id               uuid        PRIMARY KEY,
    inbox_message_id uuid        NOT NULL REFERENCES inbox_messages (id),
    region_code      text        NOT NULL,
    unit_code        text,
    channel          text        NOT NULL,
    text             text        NOT NULL,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    attempts         integer     NOT NULL DEFAULT 0,
    last_error       text
);

CREATE INDEX outbound_notifications_pending ON outbound_notifications (created_at, id) WHERE sent_at IS NULL;

-- 督办: a supervisor's order on a warned or overdue case; the unit must answer by its own deadline.
CREATE TABLE supervision_orders (
    id              uuid        PRIMARY KEY,
    region_code     text        NOT NULL,
    case_id         uuid        NOT NULL,
    case_number     text        NOT NULL,
    unit_code       text        NOT NULL,
    reason          text        NOT NULL,
    opened_by       text        NOT NULL,
    opened_by_name  text        NOT NULL,
    opened_at       timestamptz NOT NULL,
    deadline_id     uuid        NOT NULL,
    due_date        date        NOT NULL,
    state           text        NOT NULL CHECK (state IN ('open', 'answered')),
    answer          text,
    answered_by     text,
    answered_at     timestamptz,
    version         integer     NOT NULL,
    idempotency_key text        NOT NULL UNIQUE
);

CREATE INDEX supervision_orders_region ON supervision_orders (region_code, state, due_date, id);

-- 好差评 (GB/T 39734/39735): level 1 非常满意 … 5 非常不满意, per dimension, with a comment.
CREATE TABLE evaluations (
    id                uuid        PRIMARY KEY,
    region_code       text        NOT NULL,
    case_id           uuid        NOT NULL,
    case_number       text        NOT NULL,
    matter_code       text        NOT NULL,
    unit_code         text        NOT NULL,
    applicant_id      text        NOT NULL,
    level             smallint    NOT NULL CHECK (level BETWEEN 1 AND 5),
    dimensions        jsonb       NOT NULL,
    comment           text        NOT NULL,
    rated_at          timestamptz NOT NULL,
    is_re_rating      boolean     NOT NULL,
    idempotency_key   text        NOT NULL UNIQUE
);

CREATE INDEX evaluations_case ON evaluations (case_id, rated_at);
CREATE INDEX evaluations_region ON evaluations (region_code, rated_at);

-- 整改: a bad rating is called back within 1 working day and fixed within 15.
CREATE TABLE rectifications (
    id                   uuid        PRIMARY KEY,
    region_code          text        NOT NULL,
    case_id              uuid        NOT NULL,
    case_number          text        NOT NULL,
    unit_code            text        NOT NULL,
    evaluation_id        uuid        NOT NULL REFERENCES evaluations (id),
    state                text        NOT NULL CHECK (state IN ('callback-pending', 'fixing', 'awaiting-confirmation', 'closed')),
    opened_at            timestamptz NOT NULL,
    callback_deadline_id uuid        NOT NULL,
    callback_due         date        NOT NULL,
    fix_deadline_id      uuid        NOT NULL,
    fix_due              date        NOT NULL,
    called_back_at       timestamptz,
    callback_note        text,
    fixed_at             timestamptz,
    fix_note             text,
    closed_at            timestamptz,
    closed_by            text,
    closed_via           text CHECK (closed_via IN ('re-rating', 'verification')),
    close_reason         text,
    version              integer     NOT NULL
);

CREATE UNIQUE INDEX rectifications_open_case ON rectifications (case_id) WHERE state <> 'closed';
CREATE INDEX rectifications_region ON rectifications (region_code, state, fix_due, id);

-- Daily counts per region, unit and matter, kept in each case step's transaction: reports sum days, never scan cases.
CREATE TABLE daily_case_stats (
    day              date    NOT NULL,
    region_code      text    NOT NULL,
    unit_code        text    NOT NULL,
    matter_code      text    NOT NULL,
    received         integer NOT NULL DEFAULT 0,
    received_online  integer NOT NULL DEFAULT 0,
    accepted         integer NOT NULL DEFAULT 0,
    tolerant         integer NOT NULL DEFAULT 0,
    commitment       integer NOT NULL DEFAULT 0,
    completed        integer NOT NULL DEFAULT 0,
    on_time          integer NOT NULL DEFAULT 0,
    overdue          integer NOT NULL DEFAULT 0,
    zero_visit       integer NOT NULL DEFAULT 0,
    working_days     integer NOT NULL DEFAULT 0,
    limit_days       integer NOT NULL DEFAULT 0,
    rated_1          integer NOT NULL DEFAULT 0,
    rated_2          integer NOT NULL DEFAULT 0,
    rated_3          integer NOT NULL DEFAULT 0,
    rated_4          integer NOT NULL DEFAULT 0,
    rated_5          integer NOT NULL DEFAULT 0,
    PRIMARY KEY (region_code, day, unit_code, matter_code)
);

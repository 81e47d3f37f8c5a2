-- Park empowerment (园区事园区办): which park committee takes city powers over, in which batches.
CREATE TABLE programmes (
    region_code      text PRIMARY KEY,
    park_name        text NOT NULL,
    park_unit_code   text NOT NULL,
    approval_seal    text NOT NULL,
    agreement_template text NOT NULL
);

CREATE TABLE batches (
    region_code  text    NOT NULL REFERENCES programmes (region_code),
    number       integer NOT NULL,
    name         text    NOT NULL,
    kind         text    NOT NULL,
    target_date  date    NOT NULL,
    PRIMARY KEY (region_code, number)
);

-- Powers that stay with the city whatever the list says: safety production, environmental bottom lines.
CREATE TABLE excluded_categories (
    region_code text   NOT NULL REFERENCES programmes (region_code),
    code        text   NOT NULL,
    name        text   NOT NULL,
    keywords    text[] NOT NULL,
    reason      text   NOT NULL,
    PRIMARY KEY (region_code, code)
);

-- The empowerment list: one matter handed from a department to the park, and when it took effect.
CREATE TABLE entries (
    id                   uuid        PRIMARY KEY,
    region_code          text        NOT NULL REFERENCES programmes (region_code),
    matter_code          text        NOT NULL,
    matter_name          text        NOT NULL,
    category             text        NOT NULL,
    keywords             text[]      NOT NULL,
    from_unit_code       text        NOT NULL,
    to_unit_code         text        NOT NULL,
    mode                 text        NOT NULL,
    batch_number         integer     NOT NULL,
    planned_date         date        NOT NULL,
    countersign_required boolean     NOT NULL,
    state                text        NOT NULL,
    agreement_id         uuid,
    effective_at         timestamptz,
    revoked_at           timestamptz,
    revoke_reason        text,
    created_at           timestamptz NOT NULL,
    FOREIGN KEY (region_code, batch_number) REFERENCES batches (region_code, number)
);
CREATE UNIQUE INDEX entries_one_live_per_matter ON entries (region_code, matter_code) WHERE state <> 'Revoked';
CREATE INDEX entries_routing ON entries (region_code, matter_code, effective_at);

-- The handover agreement of one department for one batch, step by step.
CREATE TABLE agreements (
    id                  uuid        PRIMARY KEY,
    region_code         text        NOT NULL REFERENCES programmes (region_code),
    department_code     text        NOT NULL,
    batch_number        integer     NOT NULL,
    state               text        NOT NULL,
    version             integer     NOT NULL,
    created_at          timestamptz NOT NULL,
    trained_at          timestamptz,
    signed_at           timestamptz,
    records_handed_at   timestamptz,
    access_given_at     timestamptz,
    effective_at        timestamptz,
    records_deadline_id uuid,
    access_deadline_id  uuid,
    agreement_text      text,
    UNIQUE (region_code, department_code, batch_number),
    FOREIGN KEY (region_code, batch_number) REFERENCES batches (region_code, number)
);

-- Each history transfer with the reconciliation it passed.
CREATE TABLE transfers (
    agreement_id     uuid        PRIMARY KEY REFERENCES agreements (id),
    transferred_at   timestamptz NOT NULL,
    cases_before     integer     NOT NULL,
    licences_before  integer     NOT NULL,
    checksum_before  text        NOT NULL,
    cases_moved      integer     NOT NULL,
    licences_moved   integer     NOT NULL,
    checksum_moved   text        NOT NULL,
    checksum_after   text        NOT NULL
);

-- 负面清单: what may not be invested in or run in the park.
CREATE TABLE negative_list (
    region_code    text   NOT NULL REFERENCES programmes (region_code),
    ordinal        integer NOT NULL,
    industry_codes text[] NOT NULL,
    keywords       text[] NOT NULL,
    description    text   NOT NULL,
    measure        text   NOT NULL,
    basis          text   NOT NULL,
    PRIMARY KEY (region_code, ordinal)
);

-- 责任清单: the park's legal and committed duties.
CREATE TABLE responsibilities (
    region_code text    NOT NULL REFERENCES programmes (region_code),
    ordinal     integer NOT NULL,
    kind        text    NOT NULL,
    subject     text    NOT NULL,
    duty        text    NOT NULL,
    basis       text    NOT NULL,
    PRIMARY KEY (region_code, ordinal)
);

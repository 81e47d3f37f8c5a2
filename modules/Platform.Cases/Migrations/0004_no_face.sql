-- A material satisfied by shared data (a province e-licence, another department's record) names its source.
ALTER TABLE case_materials ADD COLUMN shared_source text;

-- Courier dispatches of a result: each attempt with its tracking number and how it ended (Delivered, Failed).
CREATE TABLE courier_orders (
    case_id         uuid        NOT NULL REFERENCES cases (id),
    attempt         integer     NOT NULL,
    tracking_number text        NOT NULL,
    address         text,
    dispatched_at   timestamptz NOT NULL,
    outcome         text,
    outcome_at      timestamptz,
    reason          text,
    PRIMARY KEY (case_id, attempt)
);

-- Applicants' e-signatures over a document of the case, with the hash of exactly what was signed.
CREATE TABLE signatures (
    case_id        uuid        NOT NULL REFERENCES cases (id),
    document       text        NOT NULL,
    signer_id      text        NOT NULL,
    signer_name    text        NOT NULL,
    provider       text        NOT NULL,
    content_sha256 text        NOT NULL,
    signature      text        NOT NULL,
    signed_at      timestamptz NOT NULL,
    PRIMARY KEY (case_id, document)
);

-- One payment order per case with a fee; attempts keep each idempotency key so a retry is answered, not charged.
CREATE TABLE payment_orders (
    id                 uuid        PRIMARY KEY,
    case_id            uuid        NOT NULL UNIQUE REFERENCES cases (id),
    region_code        text        NOT NULL,
    fee_name           text        NOT NULL,
    amount_fen         bigint      NOT NULL,
    state              text        NOT NULL,
    provider           text        NOT NULL,
    provider_reference text,
    created_at         timestamptz NOT NULL,
    paid_at            timestamptz,
    refunded_at        timestamptz
);
CREATE INDEX payment_orders_region ON payment_orders (region_code, created_at);

CREATE TABLE payment_attempts (
    order_id           uuid        NOT NULL REFERENCES payment_orders (id),
    idempotency_key    text        NOT NULL,
    outcome            text        NOT NULL,
    provider_reference text,
    failure_reason     text,
    attempted_at       timestamptz NOT NULL,
    PRIMARY KEY (order_id, idempotency_key)
);

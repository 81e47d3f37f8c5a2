-- Users of a region's units (staff) and applicants, with their roles, and what sign-in needs:
-- refresh tokens, the shared token-signing key, the shared data-protection key ring, and the
-- security log (sign-ins, failures, lockouts, sign-outs, denials).
CREATE TABLE users (
    id               uuid PRIMARY KEY,
    region_code      text REFERENCES regions (code),
    unit_id          uuid REFERENCES organisation_units (id),
    account          text NOT NULL UNIQUE,
    display_name     text NOT NULL,
    roles            text[] NOT NULL CHECK (cardinality(roles) > 0),
    -- ASP.NET Core PasswordHasher output; null for applicants who sign in through a provider.
    password_hash    text,
    applicant_kind   text,
    enterprise_id    text,
    provider         text,
    provider_subject text,
    failed_attempts  integer NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    disabled         boolean NOT NULL DEFAULT false,
    version          integer NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL,
    UNIQUE (provider, provider_subject)
);

CREATE INDEX users_region ON users (region_code, account);
CREATE INDEX users_unit ON users (unit_id);

-- Only the SHA-256 of a refresh token is kept, so a copy of the table signs nobody in.
CREATE TABLE refresh_tokens (
    token_hash  bytea PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id),
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE signing_keys (
    name        text PRIMARY KEY,
    key_bytes   bytea NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE data_protection_keys (
    friendly_name text PRIMARY KEY,
    xml           text NOT NULL,
    created_at    timestamptz NOT NULL
);

-- Credentials of the local (demo) applicant identity provider: phone or credit code and a password hash.
CREATE TABLE local_applicants (
    identifier     text PRIMARY KEY,
    password_hash  text NOT NULL,
    display_name   text NOT NULL,
    applicant_kind text NOT NULL,
    enterprise_id  text,
    region_code    text NOT NULL REFERENCES regions (code)
);

CREATE TABLE security_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    kind        text NOT NULL,
    account     text,
    user_id     uuid,
    region_code text,
    remote_ip   text,
    detail      text
);

CREATE INDEX security_events_time ON security_events (occurred_at);
CREATE INDEX security_events_region ON security_events (region_code, occurred_at);

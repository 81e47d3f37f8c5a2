-- Failed sign-ins are throttled per client address, counted from the security log by address and time.
CREATE INDEX security_events_address ON security_events (remote_ip, occurred_at);

-- Applicants lock out as staff do; kept by the identifier they type (phone number or credit code), since the
-- identity provider, not this platform, knows whether it exists.
CREATE TABLE applicant_lockouts (
    identifier      text PRIMARY KEY,
    failed_attempts integer NOT NULL,
    locked_until    timestamptz
);

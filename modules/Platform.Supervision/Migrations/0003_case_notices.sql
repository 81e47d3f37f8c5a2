-- Notices on case events: applicants get in-app messages too (applicant_id set, unit_code null), and each
-- outbound row carries its address (an applicant's mobile for SMS, the platform user for WeChat) and a key
-- unique per (case, step, audience, channel), so a step's notice is written once whatever happens around it.
ALTER TABLE inbox_messages ADD COLUMN applicant_id text;
ALTER TABLE inbox_messages ADD COLUMN dedup_key text;
CREATE UNIQUE INDEX inbox_messages_dedup ON inbox_messages (dedup_key) WHERE dedup_key IS NOT NULL;
CREATE INDEX inbox_messages_applicant ON inbox_messages (applicant_id, created_at DESC, id) WHERE applicant_id IS NOT NULL;

ALTER TABLE outbound_notifications ADD COLUMN address text;
ALTER TABLE outbound_notifications ADD COLUMN dedup_key text;
CREATE UNIQUE INDEX outbound_notifications_dedup ON outbound_notifications (dedup_key) WHERE dedup_key IS NOT NULL;

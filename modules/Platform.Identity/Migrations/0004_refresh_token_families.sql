-- Every refresh token descends from one sign-in: its family. A rotated-out token offered again means someone kept
-- a copy, so the whole family is revoked. Tokens issued before families existed each start their own.
ALTER TABLE refresh_tokens ADD COLUMN family_id uuid;
UPDATE refresh_tokens SET family_id = gen_random_uuid();
ALTER TABLE refresh_tokens ALTER COLUMN family_id SET NOT NULL;
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

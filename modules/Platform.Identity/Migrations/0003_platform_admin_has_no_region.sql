-- A platform admin administers every region and belongs to none. Earlier demo seeds (and `admin create --platform`)
-- homed the platform admin in a region, where that region's admin could edit it; take it out of every region, and
-- keep it out.
UPDATE users SET region_code = NULL, unit_id = NULL, version = version + 1
WHERE 'PlatformAdmin' = ANY (roles) AND (region_code IS NOT NULL OR unit_id IS NOT NULL);

ALTER TABLE users ADD CONSTRAINT users_platform_admin_has_no_region
    CHECK (NOT ('PlatformAdmin' = ANY (roles)) OR (region_code IS NULL AND unit_id IS NULL));

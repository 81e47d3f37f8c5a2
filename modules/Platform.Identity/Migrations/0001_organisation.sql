-- Regions a deployment serves, by administrative division code, and each region's organisation tree.
CREATE TABLE regions (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name        text NOT NULL,
    parent_code text REFERENCES regions (code)
);

CREATE TABLE organisation_units (
    id          uuid PRIMARY KEY,
    region_code text NOT NULL REFERENCES regions (code),
    code        text NOT NULL,
    name        text NOT NULL,
    kind        text NOT NULL,
    parent_id   uuid REFERENCES organisation_units (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (region_code, code)
);

CREATE INDEX organisation_units_parent ON organisation_units (parent_id);

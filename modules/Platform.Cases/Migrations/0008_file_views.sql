-- Who opened which material file of a case, and when (查看记录); the audit chain holds the same fact, tamper-evident.
CREATE TABLE file_views (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES cases (id),
    material_code text        NOT NULL,
    file_id       uuid        NOT NULL,
    viewer_id     text        NOT NULL,
    viewer_name   text        NOT NULL,
    unit_code     text,
    viewed_at     timestamptz NOT NULL
);
CREATE INDEX file_views_case ON file_views (case_id, viewed_at DESC);

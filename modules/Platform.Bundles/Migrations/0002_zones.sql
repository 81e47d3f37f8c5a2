-- A region's zone windows (专区) of "1+X": a zone is no general window, whether or not a bundle names it yet.
CREATE TABLE zones (
    region_code text NOT NULL,
    code        text NOT NULL,
    name        text NOT NULL,
    PRIMARY KEY (region_code, code)
);

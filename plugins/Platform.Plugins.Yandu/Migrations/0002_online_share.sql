-- The programme's 80% counts matters: each published list keeps how many matters the catalogue had and how many can be done online.
ALTER TABLE no_face_lists ADD COLUMN matters_total  integer;
ALTER TABLE no_face_lists ADD COLUMN matters_online integer;

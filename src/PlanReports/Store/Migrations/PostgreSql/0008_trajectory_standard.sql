-- PostgreSQL counterpart of ../0008_trajectory_standard.sql, kept beside it (a test checks the two schemas are equal).
-- 0008: each trajectory and each actual measures one national standard of its indicator (Category A's two parts,
-- the referral to treatment standards each on its own); see the SQLite migration for the rule standard_position
-- follows. Both tables are rebuilt, as on SQLite, so the new key column sits beside the others in the same place
-- on both engines; existing rows become position 1. The old primary keys are renamed first, because their index
-- names are taken schema-wide.

ALTER TABLE trajectory RENAME TO trajectory_0003;
ALTER TABLE trajectory_0003 RENAME CONSTRAINT trajectory_pkey TO trajectory_0003_pkey;
CREATE TABLE trajectory (
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    indicator_code    TEXT COLLATE "C" NOT NULL REFERENCES indicator(code) DEFERRABLE,
    standard_position BIGINT NOT NULL DEFAULT 1 CONSTRAINT trajectory_standard_position_positive CHECK (standard_position >= 1),
    period            TEXT COLLATE "C" NOT NULL,
    planned_value     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (submission_code, organisation_code, indicator_code, standard_position, period)
);
INSERT INTO trajectory (submission_code, organisation_code, indicator_code, standard_position, period, planned_value)
SELECT submission_code, organisation_code, indicator_code, 1, period, planned_value FROM trajectory_0003;
DROP TABLE trajectory_0003;

ALTER TABLE actual RENAME TO actual_0003;
ALTER TABLE actual_0003 RENAME CONSTRAINT actual_pkey TO actual_0003_pkey;
CREATE TABLE actual (
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    indicator_code    TEXT COLLATE "C" NOT NULL REFERENCES indicator(code) DEFERRABLE,
    standard_position BIGINT NOT NULL DEFAULT 1 CONSTRAINT actual_standard_position_positive CHECK (standard_position >= 1),
    period            TEXT COLLATE "C" NOT NULL,
    value             DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (organisation_code, indicator_code, standard_position, period)
);
INSERT INTO actual (organisation_code, indicator_code, standard_position, period, value)
SELECT organisation_code, indicator_code, 1, period, value FROM actual_0003;
DROP TABLE actual_0003;

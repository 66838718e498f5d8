-- 0008: each trajectory and each actual measures one national standard of its indicator. Seed 001 gives some
-- indicators more than one standard (Category A: 75 per cent within eight minutes and 95 per cent within 19
-- minutes; referral to treatment: 90 per cent admitted, 95 per cent non-admitted, 92 per cent of incomplete
-- pathways, and the six-week diagnostic wait), each measured on its own; one trajectory per indicator could be
-- set against its first standard only, so the documents listed the others without a plan. standard_position is
-- the indicator_standard row (indicator_code, position) the values measure.
--
-- The rule, enforced on import (Import/StandardPositionCheck.cs) and stated here because no foreign key can say
-- it: where the indicator has standards, standard_position is one of their positions; an indicator without a
-- standard has one measure, position 1. A foreign key to indicator_standard cannot hold for the indicators
-- without a standard, and a nullable column cannot be part of the primary key on PostgreSQL.
--
-- Existing rows become position 1: the one trajectory a PCT planned was tested against its indicator's first
-- standard. SQLite cannot change a primary key in place, so each table is rebuilt and its rows copied across.

CREATE TABLE trajectory_0008 (
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code),
    indicator_code    TEXT NOT NULL REFERENCES indicator(code),
    standard_position INTEGER NOT NULL DEFAULT 1 CONSTRAINT trajectory_standard_position_positive CHECK (standard_position >= 1),
    period            TEXT NOT NULL,
    planned_value     REAL NOT NULL,
    PRIMARY KEY (submission_code, organisation_code, indicator_code, standard_position, period)
);
INSERT INTO trajectory_0008 (submission_code, organisation_code, indicator_code, standard_position, period, planned_value)
SELECT submission_code, organisation_code, indicator_code, 1, period, planned_value FROM trajectory;
DROP TABLE trajectory;
ALTER TABLE trajectory_0008 RENAME TO trajectory;

CREATE TABLE actual_0008 (
    organisation_code TEXT NOT NULL REFERENCES organisation(code),
    indicator_code    TEXT NOT NULL REFERENCES indicator(code),
    standard_position INTEGER NOT NULL DEFAULT 1 CONSTRAINT actual_standard_position_positive CHECK (standard_position >= 1),
    period            TEXT NOT NULL,
    value             REAL NOT NULL,
    PRIMARY KEY (organisation_code, indicator_code, standard_position, period)
);
INSERT INTO actual_0008 (organisation_code, indicator_code, standard_position, period, value)
SELECT organisation_code, indicator_code, 1, period, value FROM actual;
DROP TABLE actual;
ALTER TABLE actual_0008 RENAME TO actual;

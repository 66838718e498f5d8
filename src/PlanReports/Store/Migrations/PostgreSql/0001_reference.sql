-- PostgreSQL counterpart of ../0001_reference.sql, kept beside it (a test checks the two schemas are equal):
-- BIGINT and DOUBLE PRECISION read back as SQLite's INTEGER and REAL do (Int64, Double); TEXT is COLLATE "C" so
-- ORDER BY sorts by code point as SQLite's BINARY does; foreign keys are DEFERRABLE so an import can defer
-- them to commit, as SQLite's defer_foreign_keys does; GLOB patterns are written as anchored regular expressions.
-- 0001: reference data, loaded word for word from data/reference/*.yaml (themselves from data/sources).
-- Reference tables are replaced whole on every import of the reference set; nothing else writes them.
-- Every CHECK constraint is named, so an import that breaks one can say which rule it broke.

CREATE TABLE assurance_domain (
    code          TEXT COLLATE "C" PRIMARY KEY,              -- stable key, e.g. 'finance', 'tr-public-health'
    position      BIGINT NOT NULL UNIQUE,       -- 1..13, order of seed 000 section 5
    name          TEXT COLLATE "C" NOT NULL,                 -- as the seed writes it, e.g. 'Public health'
    group_name    TEXT COLLATE "C",                          -- 'Transition and reform' for the six sub-domains, else NULL
    label         TEXT COLLATE "C" NOT NULL                  -- as the template row reads, e.g. 'Transition and reform: Public health'
);

CREATE TABLE assurance_question (               -- Annex 3 of seed 000
    domain_code   TEXT COLLATE "C" NOT NULL REFERENCES assurance_domain(code) DEFERRABLE,
    number        BIGINT NOT NULL,
    text          TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (domain_code, number)
);

CREATE TABLE indicator (                        -- Annex 1 of seed 000 / annex of seed 001
    code            TEXT COLLATE "C" PRIMARY KEY,
    name            TEXT COLLATE "C" NOT NULL,
    indicator_group TEXT COLLATE "C" NOT NULL CONSTRAINT indicator_group_known CHECK (indicator_group IN ('Quality', 'Resources', 'Reform')),
    outcomes_domain BIGINT CONSTRAINT outcomes_domain_range CHECK (outcomes_domain BETWEEN 1 AND 5),
    public_health   BIGINT NOT NULL DEFAULT 0 CONSTRAINT public_health_flag CHECK (public_health IN (0, 1)),
    unit            TEXT COLLATE "C" NOT NULL,               -- 'percentage', 'count', 'pounds', 'score', 'measure-set'
    polarity        TEXT COLLATE "C" NOT NULL CONSTRAINT polarity_known CHECK (polarity IN ('higher-is-better', 'lower-is-better', 'neutral')),
    standard_text   TEXT COLLATE "C",                        -- the headline national standard as seed 001 states it (the first with a threshold); NULL where it states none
    standard_value  DOUBLE PRECISION,                        -- its numeric threshold; every standard is in indicator_standard
    frequency       TEXT COLLATE "C" NOT NULL CONSTRAINT frequency_known CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
    data_source     TEXT COLLATE "C",                        -- the return seed 000 section 2 names for it (Unify, FIMS, workforce template); NULL where it names none
    theme           TEXT COLLATE "C",                        -- the annex sub-heading it sits under ('Public Health', 'FT pipeline'), or NULL
    planned_per_pct BIGINT NOT NULL DEFAULT 1 CONSTRAINT planned_per_pct_flag CHECK (planned_per_pct IN (0, 1)), -- a "relevant indicator" each PCT submits a trajectory for (see Import/ReferenceTables.cs)
    CONSTRAINT standard_complete CHECK ((standard_text IS NULL) = (standard_value IS NULL))
);

CREATE TABLE indicator_standard (               -- every national standard seed 001 states for an indicator, word for word
    indicator_code  TEXT COLLATE "C" NOT NULL REFERENCES indicator(code) DEFERRABLE,
    position        BIGINT NOT NULL,
    paragraph       TEXT COLLATE "C" NOT NULL,               -- the 001 paragraph, e.g. '2.19'
    measure         TEXT COLLATE "C",                        -- what is measured, where the quote covers part of the indicator
    quote           TEXT COLLATE "C" NOT NULL,
    threshold_percent DOUBLE PRECISION,                      -- NULL where 001 states a standard without a number
    comparison      TEXT COLLATE "C" CONSTRAINT standard_comparison_known CHECK (comparison IN ('at-least', 'less-than')),
    PRIMARY KEY (indicator_code, position),
    CONSTRAINT standard_threshold_complete CHECK ((threshold_percent IS NULL) = (comparison IS NULL))
);

CREATE TABLE outcomes_framework_domain (        -- the five NHS Outcomes Framework domains the Quality indicators sit under
    number        BIGINT PRIMARY KEY CONSTRAINT outcomes_framework_domain_range CHECK (number BETWEEN 1 AND 5),
    name          TEXT COLLATE "C" NOT NULL
);

CREATE TABLE national_milestone (               -- Annex 2 of seed 000: national minimum expectations
    code          TEXT COLLATE "C" PRIMARY KEY,
    category      TEXT COLLATE "C" NOT NULL,                 -- 'Commissioning', 'Health and wellbeing boards', 'Public health'
    text          TEXT COLLATE "C" NOT NULL,
    due_text      TEXT COLLATE "C" NOT NULL,                 -- the deadline as the seed states it: the phrase in the text ('by end March 2012'), else the quarter label
    due_date      TEXT COLLATE "C",                          -- ISO date of the latest completion: the month the phrase names, else the end of the quarter
    audience      TEXT COLLATE "C" NOT NULL DEFAULT 'pct-cluster' CONSTRAINT national_milestone_audience CHECK (audience IN ('sha-cluster', 'pct-cluster', 'ccg')), -- whom Annex 2 addresses it to; validation expects sha- and pct-cluster ones reflected
    audience_heading TEXT COLLATE "C",                       -- the seed's heading, e.g. 'PCT CLUSTERS WILL NEED TO (working with Local Authorities)'
    theme         TEXT COLLATE "C",                          -- the sub-heading, e.g. 'Development of CCGs', or NULL
    quarter_label TEXT COLLATE "C"                           -- the Annex 2 quarter, e.g. 'Q4 11/12' or 'In 12/13'
);

CREATE TABLE workforce_kloe (                   -- Annex 5 of seed 000
    code          TEXT COLLATE "C" PRIMARY KEY,
    position      BIGINT NOT NULL,
    heading       TEXT COLLATE "C",
    text          TEXT COLLATE "C" NOT NULL
);

CREATE TABLE ph_checklist_item (                -- Annex 6 of seed 000: sections, prompts, sub-prompts
    code          TEXT COLLATE "C" PRIMARY KEY,              -- e.g. '3', '3.2', '3.2.a'
    parent_code   TEXT COLLATE "C" REFERENCES ph_checklist_item(code) DEFERRABLE,
    level         TEXT COLLATE "C" NOT NULL CONSTRAINT checklist_level_known CHECK (level IN ('section', 'prompt', 'sub-prompt')),
    position      BIGINT NOT NULL,
    text          TEXT COLLATE "C" NOT NULL
);

CREATE TABLE timetable_event (                  -- seed 000 section 1 and the BCF timetable of seed 003
    round_code    TEXT COLLATE "C" NOT NULL,                 -- '2012-13' or 'bcf-2014-16'
    position      BIGINT NOT NULL,
    date_text     TEXT COLLATE "C" NOT NULL,                 -- as the seed writes it, e.g. 'Wed 25 Apr – Fri 4 May'
    starts_on     TEXT COLLATE "C" NOT NULL,                 -- ISO date
    ends_on       TEXT COLLATE "C",                          -- ISO date, for a window
    action        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (round_code, position)
);

CREATE TABLE bcf_condition (                    -- the six national conditions, seed 003 Annex I
    code          TEXT COLLATE "C" PRIMARY KEY,
    position      BIGINT NOT NULL UNIQUE,
    name          TEXT COLLATE "C" NOT NULL,
    definition    TEXT COLLATE "C" NOT NULL,
    april_2015_payment BIGINT NOT NULL DEFAULT 0 CONSTRAINT april_payment_flag CHECK (april_2015_payment IN (0, 1))
);

CREATE TABLE bcf_metric (                       -- five national metrics and the local-metric menu, seed 003 Annex I
    code            TEXT COLLATE "C" PRIMARY KEY,
    kind            TEXT COLLATE "C" NOT NULL CONSTRAINT bcf_metric_kind CHECK (kind IN ('national', 'local-menu')),
    name            TEXT COLLATE "C" NOT NULL,
    framework       TEXT COLLATE "C",                        -- for the menu: 'NHS Outcomes Framework', 'Adult Social Care Outcomes Framework', ...
    framework_ref   TEXT COLLATE "C",                        -- e.g. '2.6i'
    april_2015_period   TEXT COLLATE "C",                    -- 'N/A' or the period the April 2015 payment is judged on
    october_2015_period TEXT COLLATE "C",
    polarity        TEXT COLLATE "C" NOT NULL DEFAULT 'higher-is-better' CONSTRAINT bcf_metric_polarity CHECK (polarity IN ('higher-is-better', 'lower-is-better'))
);

CREATE TABLE bcf_payment_tranche (              -- the payment-for-performance table, seed 003 Annex I
    position      BIGINT PRIMARY KEY,
    paid_when     TEXT COLLATE "C" NOT NULL,                 -- 'April 2015', 'October 2015'
    amount_text   TEXT COLLATE "C" NOT NULL,                 -- as written, e.g. '£250m'
    amount_gbp    BIGINT NOT NULL CONSTRAINT tranche_amount_positive CHECK (amount_gbp > 0),
    paid_for      TEXT COLLATE "C" NOT NULL
);

-- 0001: reference data, loaded word for word from data/reference/*.yaml (themselves from data/sources).
-- Reference tables are replaced whole on every import of the reference set; nothing else writes them.
-- Every CHECK constraint is named, so an import that breaks one can say which rule it broke.

CREATE TABLE assurance_domain (
    code          TEXT PRIMARY KEY,              -- stable key, e.g. 'finance', 'tr-public-health'
    position      INTEGER NOT NULL UNIQUE,       -- 1..13, order of seed 000 section 5
    name          TEXT NOT NULL,                 -- as the seed writes it, e.g. 'Public health'
    group_name    TEXT,                          -- 'Transition and reform' for the six sub-domains, else NULL
    label         TEXT NOT NULL                  -- as the template row reads, e.g. 'Transition and reform: Public health'
);

CREATE TABLE assurance_question (               -- Annex 3 of seed 000
    domain_code   TEXT NOT NULL REFERENCES assurance_domain(code),
    number        INTEGER NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (domain_code, number)
);

CREATE TABLE indicator (                        -- Annex 1 of seed 000 / annex of seed 001
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    indicator_group TEXT NOT NULL CONSTRAINT indicator_group_known CHECK (indicator_group IN ('Quality', 'Resources', 'Reform')),
    outcomes_domain INTEGER CONSTRAINT outcomes_domain_range CHECK (outcomes_domain BETWEEN 1 AND 5),
    public_health   INTEGER NOT NULL DEFAULT 0 CONSTRAINT public_health_flag CHECK (public_health IN (0, 1)),
    unit            TEXT NOT NULL,               -- 'percentage', 'count', 'pounds', 'score', 'measure-set'
    polarity        TEXT NOT NULL CONSTRAINT polarity_known CHECK (polarity IN ('higher-is-better', 'lower-is-better', 'neutral')),
    standard_text   TEXT,                        -- the headline national standard as seed 001 states it (the first with a threshold); NULL where it states none
    standard_value  REAL,                        -- its numeric threshold; every standard is in indicator_standard
    frequency       TEXT NOT NULL CONSTRAINT frequency_known CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
    data_source     TEXT,                        -- the return seed 000 section 2 names for it (Unify, FIMS, workforce template); NULL where it names none
    theme           TEXT,                        -- the annex sub-heading it sits under ('Public Health', 'FT pipeline'), or NULL
    planned_per_pct INTEGER NOT NULL DEFAULT 1 CONSTRAINT planned_per_pct_flag CHECK (planned_per_pct IN (0, 1)), -- a "relevant indicator" each PCT submits a trajectory for (see Import/ReferenceTables.cs)
    CONSTRAINT standard_complete CHECK ((standard_text IS NULL) = (standard_value IS NULL))
);

CREATE TABLE indicator_standard (               -- every national standard seed 001 states for an indicator, word for word
    indicator_code  TEXT NOT NULL REFERENCES indicator(code),
    position        INTEGER NOT NULL,
    paragraph       TEXT NOT NULL,               -- the 001 paragraph, e.g. '2.19'
    measure         TEXT,                        -- what is measured, where the quote covers part of the indicator
    quote           TEXT NOT NULL,
    threshold_percent REAL,                      -- NULL where 001 states a standard without a number
    comparison      TEXT CONSTRAINT standard_comparison_known CHECK (comparison IN ('at-least', 'less-than')),
    PRIMARY KEY (indicator_code, position),
    CONSTRAINT standard_threshold_complete CHECK ((threshold_percent IS NULL) = (comparison IS NULL))
);

CREATE TABLE outcomes_framework_domain (        -- the five NHS Outcomes Framework domains the Quality indicators sit under
    number        INTEGER PRIMARY KEY CONSTRAINT outcomes_framework_domain_range CHECK (number BETWEEN 1 AND 5),
    name          TEXT NOT NULL
);

CREATE TABLE national_milestone (               -- Annex 2 of seed 000: national minimum expectations
    code          TEXT PRIMARY KEY,
    category      TEXT NOT NULL,                 -- 'Commissioning', 'Health and wellbeing boards', 'Public health'
    text          TEXT NOT NULL,
    due_text      TEXT NOT NULL,                 -- the deadline as the seed states it: the phrase in the text ('by end March 2012'), else the quarter label
    due_date      TEXT,                          -- ISO date of the latest completion: the month the phrase names, else the end of the quarter
    audience      TEXT NOT NULL DEFAULT 'pct-cluster' CONSTRAINT national_milestone_audience CHECK (audience IN ('sha-cluster', 'pct-cluster', 'ccg')), -- whom Annex 2 addresses it to; validation expects sha- and pct-cluster ones reflected
    audience_heading TEXT,                       -- the seed's heading, e.g. 'PCT CLUSTERS WILL NEED TO (working with Local Authorities)'
    theme         TEXT,                          -- the sub-heading, e.g. 'Development of CCGs', or NULL
    quarter_label TEXT                           -- the Annex 2 quarter, e.g. 'Q4 11/12' or 'In 12/13'
);

CREATE TABLE workforce_kloe (                   -- Annex 5 of seed 000
    code          TEXT PRIMARY KEY,
    position      INTEGER NOT NULL,
    heading       TEXT,
    text          TEXT NOT NULL
);

CREATE TABLE ph_checklist_item (                -- Annex 6 of seed 000: sections, prompts, sub-prompts
    code          TEXT PRIMARY KEY,              -- e.g. '3', '3.2', '3.2.a'
    parent_code   TEXT REFERENCES ph_checklist_item(code),
    level         TEXT NOT NULL CONSTRAINT checklist_level_known CHECK (level IN ('section', 'prompt', 'sub-prompt')),
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL
);

CREATE TABLE timetable_event (                  -- seed 000 section 1 and the BCF timetable of seed 003
    round_code    TEXT NOT NULL,                 -- '2012-13' or 'bcf-2014-16'
    position      INTEGER NOT NULL,
    date_text     TEXT NOT NULL,                 -- as the seed writes it, e.g. 'Wed 25 Apr – Fri 4 May'
    starts_on     TEXT NOT NULL,                 -- ISO date
    ends_on       TEXT,                          -- ISO date, for a window
    action        TEXT NOT NULL,
    PRIMARY KEY (round_code, position)
);

CREATE TABLE bcf_condition (                    -- the six national conditions, seed 003 Annex I
    code          TEXT PRIMARY KEY,
    position      INTEGER NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    definition    TEXT NOT NULL,
    april_2015_payment INTEGER NOT NULL DEFAULT 0 CONSTRAINT april_payment_flag CHECK (april_2015_payment IN (0, 1))
);

CREATE TABLE bcf_metric (                       -- five national metrics and the local-metric menu, seed 003 Annex I
    code            TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CONSTRAINT bcf_metric_kind CHECK (kind IN ('national', 'local-menu')),
    name            TEXT NOT NULL,
    framework       TEXT,                        -- for the menu: 'NHS Outcomes Framework', 'Adult Social Care Outcomes Framework', ...
    framework_ref   TEXT,                        -- e.g. '2.6i'
    april_2015_period   TEXT,                    -- 'N/A' or the period the April 2015 payment is judged on
    october_2015_period TEXT,
    polarity        TEXT NOT NULL DEFAULT 'higher-is-better' CONSTRAINT bcf_metric_polarity CHECK (polarity IN ('higher-is-better', 'lower-is-better'))
);

CREATE TABLE bcf_payment_tranche (              -- the payment-for-performance table, seed 003 Annex I
    position      INTEGER PRIMARY KEY,
    paid_when     TEXT NOT NULL,                 -- 'April 2015', 'October 2015'
    amount_text   TEXT NOT NULL,                 -- as written, e.g. '£250m'
    amount_gbp    INTEGER NOT NULL CONSTRAINT tranche_amount_positive CHECK (amount_gbp > 0),
    paid_for      TEXT NOT NULL
);

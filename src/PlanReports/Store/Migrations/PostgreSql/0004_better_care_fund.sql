-- PostgreSQL counterpart of ../0004_better_care_fund.sql, kept beside it (a test checks the two schemas are equal):
-- BIGINT and DOUBLE PRECISION read back as SQLite's INTEGER and REAL do (Int64, Double); TEXT is COLLATE "C" so
-- ORDER BY sorts by code point as SQLite's BINARY does; foreign keys are DEFERRABLE so an import can defer
-- them to commit, as SQLite's defer_foreign_keys does; GLOB patterns are written as anchored regular expressions.
-- 0004: Better Care Fund plans, one per Health and Wellbeing Board (seed 003 Annex I).

CREATE TABLE bcf_plan (
    hwb_code          TEXT COLLATE "C" PRIMARY KEY REFERENCES organisation(code) DEFERRABLE,
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    vision            TEXT COLLATE "C" NOT NULL,
    risk_sharing_approach TEXT COLLATE "C" NOT NULL,
    performance_pool_gbp BIGINT NOT NULL CONSTRAINT performance_pool_nonnegative CHECK (performance_pool_gbp >= 0), -- this area's payment-for-performance element, from its allocation letter
    submitted_on      TEXT COLLATE "C" NOT NULL              -- ISO date
);

-- Constituent councils and CCGs are organisation_link rows ('hwb-council', 'hwb-ccg').

CREATE TABLE bcf_fund_line (
    hwb_code          TEXT COLLATE "C" NOT NULL REFERENCES bcf_plan(hwb_code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- the contributing council or CCG
    source            TEXT COLLATE "C" NOT NULL CONSTRAINT fund_source_known CHECK (source IN (
                          'ccg-minimum', 'ccg-additional', 'disabled-facilities-grant', 'social-care-capital-grant',
                          'local-authority-additional', 'social-care-transfer')),
    year              TEXT COLLATE "C" NOT NULL CONSTRAINT fund_year_known CHECK (year IN ('2014/15', '2015/16')),
    amount_gbp        BIGINT NOT NULL CONSTRAINT fund_amount_nonnegative CHECK (amount_gbp >= 0),
    PRIMARY KEY (hwb_code, organisation_code, source, year)
);

-- The minimum the allocation letter says the pooled budget must hold.
CREATE TABLE bcf_minimum (
    hwb_code          TEXT COLLATE "C" NOT NULL REFERENCES bcf_plan(hwb_code) DEFERRABLE,
    year              TEXT COLLATE "C" NOT NULL CONSTRAINT minimum_year_known CHECK (year IN ('2014/15', '2015/16')),
    amount_gbp        BIGINT NOT NULL CONSTRAINT minimum_amount_nonnegative CHECK (amount_gbp >= 0),
    PRIMARY KEY (hwb_code, year)
);

CREATE TABLE bcf_scheme (
    hwb_code          TEXT COLLATE "C" NOT NULL REFERENCES bcf_plan(hwb_code) DEFERRABLE,
    position          BIGINT NOT NULL,
    name              TEXT COLLATE "C" NOT NULL,
    description       TEXT COLLATE "C" NOT NULL,
    lead_code         TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    spend_2014_15_gbp BIGINT NOT NULL CONSTRAINT scheme_spend_1_nonnegative CHECK (spend_2014_15_gbp >= 0),
    spend_2015_16_gbp BIGINT NOT NULL CONSTRAINT scheme_spend_2_nonnegative CHECK (spend_2015_16_gbp >= 0),
    expected_outcomes TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (hwb_code, position)
);

CREATE TABLE bcf_condition_status (
    hwb_code          TEXT COLLATE "C" NOT NULL REFERENCES bcf_plan(hwb_code) DEFERRABLE,
    condition_code    TEXT COLLATE "C" NOT NULL REFERENCES bcf_condition(code) DEFERRABLE,
    status            TEXT COLLATE "C" NOT NULL CONSTRAINT condition_status_known CHECK (status IN ('met', 'on-track', 'not-met')),
    explanation       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (hwb_code, condition_code)
);

-- Baseline and ambition per metric. Counts and denominators are kept so the statistical significance of the
-- ambition can be computed, not asserted. A local alternative metric has metric_code NULL, a name and a
-- justification against the seed's criteria.
CREATE TABLE bcf_metric_plan (
    hwb_code          TEXT COLLATE "C" NOT NULL REFERENCES bcf_plan(hwb_code) DEFERRABLE,
    position          BIGINT NOT NULL,
    metric_code       TEXT COLLATE "C" REFERENCES bcf_metric(code) DEFERRABLE,
    local_name        TEXT COLLATE "C",
    local_justification TEXT COLLATE "C",
    unit              TEXT COLLATE "C" NOT NULL CONSTRAINT metric_unit_known CHECK (unit IN ('rate-per-100000', 'percentage', 'score')),
    baseline_period   TEXT COLLATE "C" NOT NULL,
    baseline_numerator DOUBLE PRECISION NOT NULL CONSTRAINT baseline_numerator_nonnegative CHECK (baseline_numerator >= 0),
    baseline_denominator DOUBLE PRECISION NOT NULL CONSTRAINT baseline_denominator_positive CHECK (baseline_denominator > 0),
    ambition_period   TEXT COLLATE "C",
    ambition_numerator DOUBLE PRECISION CONSTRAINT ambition_numerator_nonnegative CHECK (ambition_numerator IS NULL OR ambition_numerator >= 0),
    ambition_denominator DOUBLE PRECISION CONSTRAINT ambition_denominator_positive CHECK (ambition_denominator IS NULL OR ambition_denominator > 0),
    PRIMARY KEY (hwb_code, position),
    CONSTRAINT metric_named CHECK (metric_code IS NOT NULL OR (local_name IS NOT NULL AND local_justification IS NOT NULL))
);

CREATE TABLE bcf_risk (
    hwb_code          TEXT COLLATE "C" NOT NULL REFERENCES bcf_plan(hwb_code) DEFERRABLE,
    position          BIGINT NOT NULL,
    risk              TEXT COLLATE "C" NOT NULL,
    likelihood        BIGINT NOT NULL CONSTRAINT risk_likelihood_range CHECK (likelihood BETWEEN 1 AND 5),
    impact            BIGINT NOT NULL CONSTRAINT risk_impact_range CHECK (impact BETWEEN 1 AND 5),
    mitigation        TEXT COLLATE "C" NOT NULL,
    owner_code        TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    PRIMARY KEY (hwb_code, position)
);

CREATE TABLE bcf_signoff (
    hwb_code          TEXT COLLATE "C" NOT NULL REFERENCES bcf_plan(hwb_code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- the HWB itself, a council or a CCG
    signatory_name    TEXT COLLATE "C" NOT NULL,
    signatory_role    TEXT COLLATE "C" NOT NULL,
    signed_on         TEXT COLLATE "C" NOT NULL,              -- ISO date
    PRIMARY KEY (hwb_code, organisation_code)
);

-- NHS England's assurance outcome, conditions and signatory are decision rows of kind 'bcf-approval'.

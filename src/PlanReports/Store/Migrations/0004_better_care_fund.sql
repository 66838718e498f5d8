-- 0004: Better Care Fund plans, one per Health and Wellbeing Board (seed 003 Annex I).

CREATE TABLE bcf_plan (
    hwb_code          TEXT PRIMARY KEY REFERENCES organisation(code),
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    vision            TEXT NOT NULL,
    risk_sharing_approach TEXT NOT NULL,
    performance_pool_gbp INTEGER NOT NULL CONSTRAINT performance_pool_nonnegative CHECK (performance_pool_gbp >= 0), -- this area's payment-for-performance element, from its allocation letter
    submitted_on      TEXT NOT NULL              -- ISO date
);

-- Constituent councils and CCGs are organisation_link rows ('hwb-council', 'hwb-ccg').

CREATE TABLE bcf_fund_line (
    hwb_code          TEXT NOT NULL REFERENCES bcf_plan(hwb_code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code), -- the contributing council or CCG
    source            TEXT NOT NULL CONSTRAINT fund_source_known CHECK (source IN (
                          'ccg-minimum', 'ccg-additional', 'disabled-facilities-grant', 'social-care-capital-grant',
                          'local-authority-additional', 'social-care-transfer')),
    year              TEXT NOT NULL CONSTRAINT fund_year_known CHECK (year IN ('2014/15', '2015/16')),
    amount_gbp        INTEGER NOT NULL CONSTRAINT fund_amount_nonnegative CHECK (amount_gbp >= 0),
    PRIMARY KEY (hwb_code, organisation_code, source, year)
);

-- The minimum the allocation letter says the pooled budget must hold.
CREATE TABLE bcf_minimum (
    hwb_code          TEXT NOT NULL REFERENCES bcf_plan(hwb_code),
    year              TEXT NOT NULL CONSTRAINT minimum_year_known CHECK (year IN ('2014/15', '2015/16')),
    amount_gbp        INTEGER NOT NULL CONSTRAINT minimum_amount_nonnegative CHECK (amount_gbp >= 0),
    PRIMARY KEY (hwb_code, year)
);

CREATE TABLE bcf_scheme (
    hwb_code          TEXT NOT NULL REFERENCES bcf_plan(hwb_code),
    position          INTEGER NOT NULL,
    name              TEXT NOT NULL,
    description       TEXT NOT NULL,
    lead_code         TEXT NOT NULL REFERENCES organisation(code),
    spend_2014_15_gbp INTEGER NOT NULL CONSTRAINT scheme_spend_1_nonnegative CHECK (spend_2014_15_gbp >= 0),
    spend_2015_16_gbp INTEGER NOT NULL CONSTRAINT scheme_spend_2_nonnegative CHECK (spend_2015_16_gbp >= 0),
    expected_outcomes TEXT NOT NULL,
    PRIMARY KEY (hwb_code, position)
);

CREATE TABLE bcf_condition_status (
    hwb_code          TEXT NOT NULL REFERENCES bcf_plan(hwb_code),
    condition_code    TEXT NOT NULL REFERENCES bcf_condition(code),
    status            TEXT NOT NULL CONSTRAINT condition_status_known CHECK (status IN ('met', 'on-track', 'not-met')),
    explanation       TEXT NOT NULL,
    PRIMARY KEY (hwb_code, condition_code)
);

-- Baseline and ambition per metric. Counts and denominators are kept so the statistical significance of the
-- ambition can be computed, not asserted. A local alternative metric has metric_code NULL, a name and a
-- justification against the seed's criteria.
CREATE TABLE bcf_metric_plan (
    hwb_code          TEXT NOT NULL REFERENCES bcf_plan(hwb_code),
    position          INTEGER NOT NULL,
    metric_code       TEXT REFERENCES bcf_metric(code),
    local_name        TEXT,
    local_justification TEXT,
    unit              TEXT NOT NULL CONSTRAINT metric_unit_known CHECK (unit IN ('rate-per-100000', 'percentage', 'score')),
    baseline_period   TEXT NOT NULL,
    baseline_numerator REAL NOT NULL CONSTRAINT baseline_numerator_nonnegative CHECK (baseline_numerator >= 0),
    baseline_denominator REAL NOT NULL CONSTRAINT baseline_denominator_positive CHECK (baseline_denominator > 0),
    ambition_period   TEXT,
    ambition_numerator REAL CONSTRAINT ambition_numerator_nonnegative CHECK (ambition_numerator IS NULL OR ambition_numerator >= 0),
    ambition_denominator REAL CONSTRAINT ambition_denominator_positive CHECK (ambition_denominator IS NULL OR ambition_denominator > 0),
    PRIMARY KEY (hwb_code, position),
    CONSTRAINT metric_named CHECK (metric_code IS NOT NULL OR (local_name IS NOT NULL AND local_justification IS NOT NULL))
);

CREATE TABLE bcf_risk (
    hwb_code          TEXT NOT NULL REFERENCES bcf_plan(hwb_code),
    position          INTEGER NOT NULL,
    risk              TEXT NOT NULL,
    likelihood        INTEGER NOT NULL CONSTRAINT risk_likelihood_range CHECK (likelihood BETWEEN 1 AND 5),
    impact            INTEGER NOT NULL CONSTRAINT risk_impact_range CHECK (impact BETWEEN 1 AND 5),
    mitigation        TEXT NOT NULL,
    owner_code        TEXT NOT NULL REFERENCES organisation(code),
    PRIMARY KEY (hwb_code, position)
);

CREATE TABLE bcf_signoff (
    hwb_code          TEXT NOT NULL REFERENCES bcf_plan(hwb_code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code), -- the HWB itself, a council or a CCG
    signatory_name    TEXT NOT NULL,
    signatory_role    TEXT NOT NULL,
    signed_on         TEXT NOT NULL,              -- ISO date
    PRIMARY KEY (hwb_code, organisation_code)
);

-- NHS England's assurance outcome, conditions and signatory are decision rows of kind 'bcf-approval'.

-- PostgreSQL counterpart of ../0003_integrated_plans.sql, kept beside it (a test checks the two schemas are equal):
-- BIGINT and DOUBLE PRECISION read back as SQLite's INTEGER and REAL do (Int64, Double); TEXT is COLLATE "C" so
-- ORDER BY sorts by code point as SQLite's BINARY does; foreign keys are DEFERRABLE so an import can defer
-- them to commit, as SQLite's defer_foreign_keys does; GLOB patterns are written as anchored regular expressions.
-- 0003: the 2012/13 integrated plans: trajectories, QIPP programmes, milestones, RAG narrative, checklists.

-- Planned value per PCT x indicator x period, per submission. Period: 'YYYY-MM' (monthly) or 'YYYY-Qn'
-- (financial-year quarter, Q1 = Apr-Jun) or 'YYYY/YY' (annual).
CREATE TABLE trajectory (
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    indicator_code    TEXT COLLATE "C" NOT NULL REFERENCES indicator(code) DEFERRABLE,
    period            TEXT COLLATE "C" NOT NULL,
    planned_value     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (submission_code, organisation_code, indicator_code, period)
);

CREATE TABLE actual (
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    indicator_code    TEXT COLLATE "C" NOT NULL REFERENCES indicator(code) DEFERRABLE,
    period            TEXT COLLATE "C" NOT NULL,
    value             DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (organisation_code, indicator_code, period)
);

-- Total planned QIPP savings per PCT cluster and year (GBP thousands), against which the key programmes'
-- share is judged (seed 000 section 4: the key programmes should exceed 50%).
CREATE TABLE planned_savings (
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    year              TEXT COLLATE "C" NOT NULL CONSTRAINT savings_year_known CHECK (year IN ('2012/13', '2013/14', '2014/15')),
    amount_k          DOUBLE PRECISION NOT NULL CONSTRAINT planned_savings_nonnegative CHECK (amount_k >= 0),
    PRIMARY KEY (submission_code, organisation_code, year)
);

CREATE TABLE qipp_programme (
    code              TEXT COLLATE "C" PRIMARY KEY,
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- the PCT cluster
    name              TEXT COLLATE "C" NOT NULL,
    end_state         TEXT COLLATE "C" NOT NULL,
    savings_2012_13_k DOUBLE PRECISION NOT NULL CONSTRAINT qipp_savings_1_nonnegative CHECK (savings_2012_13_k >= 0),
    savings_2013_14_k DOUBLE PRECISION NOT NULL CONSTRAINT qipp_savings_2_nonnegative CHECK (savings_2013_14_k >= 0),
    savings_2014_15_k DOUBLE PRECISION NOT NULL CONSTRAINT qipp_savings_3_nonnegative CHECK (savings_2014_15_k >= 0),
    quality_impact    TEXT COLLATE "C",
    activity_impact   TEXT COLLATE "C",
    workforce_impact  TEXT COLLATE "C",
    kpi               TEXT COLLATE "C"
);

-- QIPP and reform milestones of PCT clusters, and SHA transition milestones of SHA clusters.
CREATE TABLE milestone (
    code              TEXT COLLATE "C" PRIMARY KEY,
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- PCT cluster or SHA cluster
    category          TEXT COLLATE "C" NOT NULL CONSTRAINT milestone_category_known CHECK (category IN ('qipp', 'reform', 'sha-transition')),
    qipp_programme_code TEXT COLLATE "C" REFERENCES qipp_programme(code) DEFERRABLE,
    national_milestone_code TEXT COLLATE "C" REFERENCES national_milestone(code) DEFERRABLE, -- the Annex 2 expectation it meets
    owner_code        TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    title             TEXT COLLATE "C" NOT NULL,
    end_state         TEXT COLLATE "C",
    due_quarter       TEXT COLLATE "C" NOT NULL CONSTRAINT milestone_quarter_format CHECK (due_quarter ~ '^20[0-9][0-9]/[0-9][0-9] Q[1-4]$')
);
CREATE INDEX milestone_by_organisation ON milestone(organisation_code, submission_code);

CREATE TABLE milestone_progress (
    milestone_code    TEXT COLLATE "C" NOT NULL REFERENCES milestone(code) DEFERRABLE,
    month             TEXT COLLATE "C" NOT NULL CONSTRAINT progress_month_format CHECK (month ~ '^20[0-9][0-9]-[01][0-9]$'),
    status            TEXT COLLATE "C" NOT NULL CONSTRAINT milestone_status_known CHECK (status IN ('not-started', 'on-track', 'at-risk', 'slipped', 'complete')),
    commentary        TEXT COLLATE "C",
    PRIMARY KEY (milestone_code, month)
);

-- The RAG narrative: per submission x PCT cluster x assurance domain.
CREATE TABLE domain_rating (
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- the PCT cluster rated
    domain_code       TEXT COLLATE "C" NOT NULL REFERENCES assurance_domain(code) DEFERRABLE,
    rag               TEXT COLLATE "C" NOT NULL CONSTRAINT rag_scale CHECK (rag IN ('red', 'amber', 'green')),
    commentary        TEXT COLLATE "C" NOT NULL,
    key_risks         TEXT COLLATE "C",                       -- required in the April (final) submission only
    mitigating_action TEXT COLLATE "C",
    PRIMARY KEY (submission_code, organisation_code, domain_code)
);

-- The SHA cluster's short narrative on its assurance approach (seed 000 introduction and section 2).
CREATE TABLE sha_assurance_narrative (
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- the SHA cluster
    assurance_process TEXT COLLATE "C" NOT NULL,
    material_changes_signoff TEXT COLLATE "C" NOT NULL,
    regional_risks    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (submission_code, organisation_code)
);

CREATE TABLE workforce_kloe_assessment (
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    kloe_code         TEXT COLLATE "C" NOT NULL REFERENCES workforce_kloe(code) DEFERRABLE,
    rag               TEXT COLLATE "C" NOT NULL CONSTRAINT kloe_rag_scale CHECK (rag IN ('red', 'amber', 'green')),
    assessment        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (submission_code, organisation_code, kloe_code)
);

CREATE TABLE ph_checklist_response (
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- the PCT cluster
    item_code         TEXT COLLATE "C" NOT NULL REFERENCES ph_checklist_item(code) DEFERRABLE,
    status            TEXT COLLATE "C" NOT NULL CONSTRAINT checklist_status_known CHECK (status IN ('complete', 'in-progress', 'not-started', 'not-applicable')),
    evidence          TEXT COLLATE "C",
    action            TEXT COLLATE "C",
    action_owner      TEXT COLLATE "C",
    action_due        TEXT COLLATE "C",                       -- ISO date
    PRIMARY KEY (submission_code, organisation_code, item_code)
);

-- Formal decisions that letters report: DH sign-off of an SHA cluster's plans, an SHA cluster's assurance of a
-- PCT cluster, NHS England's approval of a BCF plan.
CREATE TABLE decision (
    id                TEXT COLLATE "C" PRIMARY KEY,
    kind              TEXT COLLATE "C" NOT NULL CONSTRAINT decision_kind_known CHECK (kind IN ('dh-signoff', 'pct-assurance', 'bcf-approval')),
    submission_code   TEXT COLLATE "C" NOT NULL REFERENCES submission(code) DEFERRABLE,
    subject_code      TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- who the decision is about
    issuer_code       TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE, -- who makes it
    signatory_id      TEXT COLLATE "C" NOT NULL REFERENCES contact(id) DEFERRABLE,
    meeting_on        TEXT COLLATE "C",                       -- ISO date of the sign-off meeting
    letter_on         TEXT COLLATE "C" NOT NULL,              -- ISO date printed on the letter
    reference         TEXT COLLATE "C",                       -- e.g. a DH Gateway reference
    outcome           TEXT COLLATE "C" NOT NULL CONSTRAINT decision_outcome_known CHECK (outcome IN (
                          'assured', 'assured-with-conditions', 'not-assured',
                          'approved', 'approved-with-support', 'approved-subject-to-conditions', 'not-approved')),
    overall_rag       TEXT COLLATE "C" CONSTRAINT decision_rag_scale CHECK (overall_rag IS NULL OR overall_rag IN ('red', 'amber', 'green')),
    summary           TEXT COLLATE "C" NOT NULL,
    next_review_on    TEXT COLLATE "C",
    UNIQUE (kind, submission_code, subject_code)
);

-- The parts of a submission and whether each was assured (for the DH sign-off: trajectories, milestones,
-- the narrative and RAG ratings, SHA transition milestones).
CREATE TABLE decision_part (
    decision_id       TEXT COLLATE "C" NOT NULL REFERENCES decision(id) DEFERRABLE,
    position          BIGINT NOT NULL,
    part              TEXT COLLATE "C" NOT NULL,
    assured           BIGINT NOT NULL CONSTRAINT part_assured_flag CHECK (assured IN (0, 1)),
    comment           TEXT COLLATE "C",
    PRIMARY KEY (decision_id, position)
);

CREATE TABLE decision_condition (
    decision_id       TEXT COLLATE "C" NOT NULL REFERENCES decision(id) DEFERRABLE,
    position          BIGINT NOT NULL,
    kind              TEXT COLLATE "C" NOT NULL CONSTRAINT condition_kind_known CHECK (kind IN ('condition', 'action')),
    text              TEXT COLLATE "C" NOT NULL,
    owner             TEXT COLLATE "C" NOT NULL,
    due_on            TEXT COLLATE "C" NOT NULL,              -- ISO date
    PRIMARY KEY (decision_id, position)
);

CREATE TABLE decision_risk (
    decision_id       TEXT COLLATE "C" NOT NULL REFERENCES decision(id) DEFERRABLE,
    position          BIGINT NOT NULL,
    risk              TEXT COLLATE "C" NOT NULL,
    mitigation        TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (decision_id, position)
);

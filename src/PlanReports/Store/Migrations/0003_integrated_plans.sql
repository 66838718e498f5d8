-- 0003: the 2012/13 integrated plans: trajectories, QIPP programmes, milestones, RAG narrative, checklists.

-- Planned value per PCT x indicator x period, per submission. Period: 'YYYY-MM' (monthly) or 'YYYY-Qn'
-- (financial-year quarter, Q1 = Apr-Jun) or 'YYYY/YY' (annual).
CREATE TABLE trajectory (
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code),
    indicator_code    TEXT NOT NULL REFERENCES indicator(code),
    period            TEXT NOT NULL,
    planned_value     REAL NOT NULL,
    PRIMARY KEY (submission_code, organisation_code, indicator_code, period)
);

CREATE TABLE actual (
    organisation_code TEXT NOT NULL REFERENCES organisation(code),
    indicator_code    TEXT NOT NULL REFERENCES indicator(code),
    period            TEXT NOT NULL,
    value             REAL NOT NULL,
    PRIMARY KEY (organisation_code, indicator_code, period)
);

-- Total planned QIPP savings per PCT cluster and year (GBP thousands), against which the key programmes'
-- share is judged (seed 000 section 4: the key programmes should exceed 50%).
CREATE TABLE planned_savings (
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code),
    year              TEXT NOT NULL CONSTRAINT savings_year_known CHECK (year IN ('2012/13', '2013/14', '2014/15')),
    amount_k          REAL NOT NULL CONSTRAINT planned_savings_nonnegative CHECK (amount_k >= 0),
    PRIMARY KEY (submission_code, organisation_code, year)
);

CREATE TABLE qipp_programme (
    code              TEXT PRIMARY KEY,
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code), -- the PCT cluster
    name              TEXT NOT NULL,
    end_state         TEXT NOT NULL,
    savings_2012_13_k REAL NOT NULL CONSTRAINT qipp_savings_1_nonnegative CHECK (savings_2012_13_k >= 0),
    savings_2013_14_k REAL NOT NULL CONSTRAINT qipp_savings_2_nonnegative CHECK (savings_2013_14_k >= 0),
    savings_2014_15_k REAL NOT NULL CONSTRAINT qipp_savings_3_nonnegative CHECK (savings_2014_15_k >= 0),
    quality_impact    TEXT,
    activity_impact   TEXT,
    workforce_impact  TEXT,
    kpi               TEXT
);

-- QIPP and reform milestones of PCT clusters, and SHA transition milestones of SHA clusters.
CREATE TABLE milestone (
    code              TEXT PRIMARY KEY,
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code), -- PCT cluster or SHA cluster
    category          TEXT NOT NULL CONSTRAINT milestone_category_known CHECK (category IN ('qipp', 'reform', 'sha-transition')),
    qipp_programme_code TEXT REFERENCES qipp_programme(code),
    national_milestone_code TEXT REFERENCES national_milestone(code), -- the Annex 2 expectation it meets
    owner_code        TEXT NOT NULL REFERENCES organisation(code),
    title             TEXT NOT NULL,
    end_state         TEXT,
    due_quarter       TEXT NOT NULL CONSTRAINT milestone_quarter_format CHECK (due_quarter GLOB '20[0-9][0-9]/[0-9][0-9] Q[1-4]')
);
CREATE INDEX milestone_by_organisation ON milestone(organisation_code, submission_code);

CREATE TABLE milestone_progress (
    milestone_code    TEXT NOT NULL REFERENCES milestone(code),
    month             TEXT NOT NULL CONSTRAINT progress_month_format CHECK (month GLOB '20[0-9][0-9]-[01][0-9]'),
    status            TEXT NOT NULL CONSTRAINT milestone_status_known CHECK (status IN ('not-started', 'on-track', 'at-risk', 'slipped', 'complete')),
    commentary        TEXT,
    PRIMARY KEY (milestone_code, month)
);

-- The RAG narrative: per submission x PCT cluster x assurance domain.
CREATE TABLE domain_rating (
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code), -- the PCT cluster rated
    domain_code       TEXT NOT NULL REFERENCES assurance_domain(code),
    rag               TEXT NOT NULL CONSTRAINT rag_scale CHECK (rag IN ('red', 'amber', 'green')),
    commentary        TEXT NOT NULL,
    key_risks         TEXT,                       -- required in the April (final) submission only
    mitigating_action TEXT,
    PRIMARY KEY (submission_code, organisation_code, domain_code)
);

-- The SHA cluster's short narrative on its assurance approach (seed 000 introduction and section 2).
CREATE TABLE sha_assurance_narrative (
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code), -- the SHA cluster
    assurance_process TEXT NOT NULL,
    material_changes_signoff TEXT NOT NULL,
    regional_risks    TEXT NOT NULL,
    PRIMARY KEY (submission_code, organisation_code)
);

CREATE TABLE workforce_kloe_assessment (
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code),
    kloe_code         TEXT NOT NULL REFERENCES workforce_kloe(code),
    rag               TEXT NOT NULL CONSTRAINT kloe_rag_scale CHECK (rag IN ('red', 'amber', 'green')),
    assessment        TEXT NOT NULL,
    PRIMARY KEY (submission_code, organisation_code, kloe_code)
);

CREATE TABLE ph_checklist_response (
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    organisation_code TEXT NOT NULL REFERENCES organisation(code), -- the PCT cluster
    item_code         TEXT NOT NULL REFERENCES ph_checklist_item(code),
    status            TEXT NOT NULL CONSTRAINT checklist_status_known CHECK (status IN ('complete', 'in-progress', 'not-started', 'not-applicable')),
    evidence          TEXT,
    action            TEXT,
    action_owner      TEXT,
    action_due        TEXT,                       -- ISO date
    PRIMARY KEY (submission_code, organisation_code, item_code)
);

-- Formal decisions that letters report: DH sign-off of an SHA cluster's plans, an SHA cluster's assurance of a
-- PCT cluster, NHS England's approval of a BCF plan.
CREATE TABLE decision (
    id                TEXT PRIMARY KEY,
    kind              TEXT NOT NULL CONSTRAINT decision_kind_known CHECK (kind IN ('dh-signoff', 'pct-assurance', 'bcf-approval')),
    submission_code   TEXT NOT NULL REFERENCES submission(code),
    subject_code      TEXT NOT NULL REFERENCES organisation(code), -- who the decision is about
    issuer_code       TEXT NOT NULL REFERENCES organisation(code), -- who makes it
    signatory_id      TEXT NOT NULL REFERENCES contact(id),
    meeting_on        TEXT,                       -- ISO date of the sign-off meeting
    letter_on         TEXT NOT NULL,              -- ISO date printed on the letter
    reference         TEXT,                       -- e.g. a DH Gateway reference
    outcome           TEXT NOT NULL CONSTRAINT decision_outcome_known CHECK (outcome IN (
                          'assured', 'assured-with-conditions', 'not-assured',
                          'approved', 'approved-with-support', 'approved-subject-to-conditions', 'not-approved')),
    overall_rag       TEXT CONSTRAINT decision_rag_scale CHECK (overall_rag IS NULL OR overall_rag IN ('red', 'amber', 'green')),
    summary           TEXT NOT NULL,
    next_review_on    TEXT,
    UNIQUE (kind, submission_code, subject_code)
);

-- The parts of a submission and whether each was assured (for the DH sign-off: trajectories, milestones,
-- the narrative and RAG ratings, SHA transition milestones).
CREATE TABLE decision_part (
    decision_id       TEXT NOT NULL REFERENCES decision(id),
    position          INTEGER NOT NULL,
    part              TEXT NOT NULL,
    assured           INTEGER NOT NULL CONSTRAINT part_assured_flag CHECK (assured IN (0, 1)),
    comment           TEXT,
    PRIMARY KEY (decision_id, position)
);

CREATE TABLE decision_condition (
    decision_id       TEXT NOT NULL REFERENCES decision(id),
    position          INTEGER NOT NULL,
    kind              TEXT NOT NULL CONSTRAINT condition_kind_known CHECK (kind IN ('condition', 'action')),
    text              TEXT NOT NULL,
    owner             TEXT NOT NULL,
    due_on            TEXT NOT NULL,              -- ISO date
    PRIMARY KEY (decision_id, position)
);

CREATE TABLE decision_risk (
    decision_id       TEXT NOT NULL REFERENCES decision(id),
    position          INTEGER NOT NULL,
    risk              TEXT NOT NULL,
    mitigation        TEXT NOT NULL,
    PRIMARY KEY (decision_id, position)
);

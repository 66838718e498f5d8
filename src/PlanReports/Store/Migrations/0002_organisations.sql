-- 0002: organisations, their links and the people who sign or receive documents.

CREATE TABLE organisation (
    code          TEXT PRIMARY KEY,              -- ODS-style code, e.g. '5QA' or 'Q30'
    name          TEXT NOT NULL,
    type          TEXT NOT NULL CONSTRAINT organisation_type_known CHECK (type IN (
                      'dh', 'nhs-england', 'sha-cluster', 'sha', 'pct-cluster', 'pct', 'ccg', 'hwb',
                      'local-authority', 'local-area-team')),
    parent_code   TEXT REFERENCES organisation(code), -- PCT -> PCT cluster -> SHA cluster -> DH; CCG -> PCT cluster
    address       TEXT,                          -- postal address lines, separated by a line feed
    postcode      TEXT,
    valid_from    TEXT NOT NULL,                 -- ISO date
    valid_to      TEXT,                          -- ISO date; NULL while the organisation exists
    CONSTRAINT organisation_dates_ordered CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX organisation_by_parent ON organisation(parent_code);
CREATE INDEX organisation_by_type ON organisation(type);

-- Links other than the parent: a PCT cluster's local authorities, an HWB's constituent councils and CCGs.
CREATE TABLE organisation_link (
    from_code     TEXT NOT NULL REFERENCES organisation(code),
    to_code       TEXT NOT NULL REFERENCES organisation(code),
    relation      TEXT NOT NULL CONSTRAINT link_relation_known CHECK (relation IN (
                      'works-with-local-authority', 'hwb-council', 'hwb-ccg', 'sha-of-cluster')),
    PRIMARY KEY (from_code, to_code, relation)
);

CREATE TABLE contact (
    id            TEXT PRIMARY KEY,
    organisation_code TEXT NOT NULL REFERENCES organisation(code),
    role_key      TEXT NOT NULL CONSTRAINT contact_role_known CHECK (role_key IN (
                      'chief-executive', 'signatory', 'pdt-lead', 'director-of-public-health', 'hwb-chair',
                      'director-of-adult-social-services', 'accountable-officer', 'director-of-finance',
                      'assurance-lead')),
    name          TEXT NOT NULL,                 -- 'Sir Neil McKay'
    job_title     TEXT NOT NULL,                 -- 'Chief Executive'
    salutation    TEXT NOT NULL,                 -- how a letter opens, e.g. 'Dear Neil'
    email         TEXT
);
CREATE INDEX contact_by_organisation ON contact(organisation_code, role_key);

CREATE TABLE planning_round (
    code          TEXT PRIMARY KEY,              -- '2012-13', 'bcf-2014-16'
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CONSTRAINT round_kind_known CHECK (kind IN ('integrated-plan', 'bcf')),
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL
);

CREATE TABLE submission (
    code          TEXT PRIMARY KEY,              -- '2012-13-jan', '2012-13-apr', 'bcf-feb', 'bcf-apr'
    round_code    TEXT NOT NULL REFERENCES planning_round(code),
    name          TEXT NOT NULL,                 -- 'Initial submission'
    stage         TEXT NOT NULL CONSTRAINT submission_stage_known CHECK (stage IN ('initial', 'final')),
    due_on        TEXT NOT NULL                  -- ISO date, from the seeds
);

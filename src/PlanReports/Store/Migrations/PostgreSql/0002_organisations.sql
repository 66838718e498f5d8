-- PostgreSQL counterpart of ../0002_organisations.sql, kept beside it (a test checks the two schemas are equal):
-- BIGINT and DOUBLE PRECISION read back as SQLite's INTEGER and REAL do (Int64, Double); TEXT is COLLATE "C" so
-- ORDER BY sorts by code point as SQLite's BINARY does; foreign keys are DEFERRABLE so an import can defer
-- them to commit, as SQLite's defer_foreign_keys does; GLOB patterns are written as anchored regular expressions.
-- 0002: organisations, their links and the people who sign or receive documents.

CREATE TABLE organisation (
    code          TEXT COLLATE "C" PRIMARY KEY,              -- ODS-style code, e.g. '5QA' or 'Q30'
    name          TEXT COLLATE "C" NOT NULL,
    type          TEXT COLLATE "C" NOT NULL CONSTRAINT organisation_type_known CHECK (type IN (
                      'dh', 'nhs-england', 'sha-cluster', 'sha', 'pct-cluster', 'pct', 'ccg', 'hwb',
                      'local-authority', 'local-area-team')),
    parent_code   TEXT COLLATE "C" REFERENCES organisation(code) DEFERRABLE, -- PCT -> PCT cluster -> SHA cluster -> DH; CCG -> PCT cluster
    address       TEXT COLLATE "C",                          -- postal address lines, separated by a line feed
    postcode      TEXT COLLATE "C",
    valid_from    TEXT COLLATE "C" NOT NULL,                 -- ISO date
    valid_to      TEXT COLLATE "C",                          -- ISO date; NULL while the organisation exists
    CONSTRAINT organisation_dates_ordered CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX organisation_by_parent ON organisation(parent_code);
CREATE INDEX organisation_by_type ON organisation(type);

-- Links other than the parent: a PCT cluster's local authorities, an HWB's constituent councils and CCGs.
CREATE TABLE organisation_link (
    from_code     TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    to_code       TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    relation      TEXT COLLATE "C" NOT NULL CONSTRAINT link_relation_known CHECK (relation IN (
                      'works-with-local-authority', 'hwb-council', 'hwb-ccg', 'sha-of-cluster')),
    PRIMARY KEY (from_code, to_code, relation)
);

CREATE TABLE contact (
    id            TEXT COLLATE "C" PRIMARY KEY,
    organisation_code TEXT COLLATE "C" NOT NULL REFERENCES organisation(code) DEFERRABLE,
    role_key      TEXT COLLATE "C" NOT NULL CONSTRAINT contact_role_known CHECK (role_key IN (
                      'chief-executive', 'signatory', 'pdt-lead', 'director-of-public-health', 'hwb-chair',
                      'director-of-adult-social-services', 'accountable-officer', 'director-of-finance',
                      'assurance-lead')),
    name          TEXT COLLATE "C" NOT NULL,                 -- 'Sir Neil McKay'
    job_title     TEXT COLLATE "C" NOT NULL,                 -- 'Chief Executive'
    salutation    TEXT COLLATE "C" NOT NULL,                 -- how a letter opens, e.g. 'Dear Neil'
    email         TEXT COLLATE "C"
);
CREATE INDEX contact_by_organisation ON contact(organisation_code, role_key);

CREATE TABLE planning_round (
    code          TEXT COLLATE "C" PRIMARY KEY,              -- '2012-13', 'bcf-2014-16'
    name          TEXT COLLATE "C" NOT NULL,
    kind          TEXT COLLATE "C" NOT NULL CONSTRAINT round_kind_known CHECK (kind IN ('integrated-plan', 'bcf')),
    starts_on     TEXT COLLATE "C" NOT NULL,
    ends_on       TEXT COLLATE "C" NOT NULL
);

CREATE TABLE submission (
    code          TEXT COLLATE "C" PRIMARY KEY,              -- '2012-13-jan', '2012-13-apr', 'bcf-feb', 'bcf-apr'
    round_code    TEXT COLLATE "C" NOT NULL REFERENCES planning_round(code) DEFERRABLE,
    name          TEXT COLLATE "C" NOT NULL,                 -- 'Initial submission'
    stage         TEXT COLLATE "C" NOT NULL CONSTRAINT submission_stage_known CHECK (stage IN ('initial', 'final')),
    due_on        TEXT COLLATE "C" NOT NULL                  -- ISO date, from the seeds
);

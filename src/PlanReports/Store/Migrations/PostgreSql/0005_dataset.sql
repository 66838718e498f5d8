-- PostgreSQL counterpart of ../0005_dataset.sql, kept beside it (a test checks the two schemas are equal):
-- BIGINT and DOUBLE PRECISION read back as SQLite's INTEGER and REAL do (Int64, Double); TEXT is COLLATE "C" so
-- ORDER BY sorts by code point as SQLite's BINARY does; foreign keys are DEFERRABLE so an import can defer
-- them to commit, as SQLite's defer_foreign_keys does; GLOB patterns are written as anchored regular expressions.
-- 0005: what kind of data the store holds. Documents rendered from illustrative data must say so on every
-- page; the runner treats the store as operational only when every dataset row says it is not illustrative,
-- so a store without a row here is treated as illustrative (the safe reading).

CREATE TABLE dataset (
    name          TEXT COLLATE "C" PRIMARY KEY,              -- e.g. 'sample-scale-1'
    illustrative  BIGINT NOT NULL CONSTRAINT dataset_illustrative_flag CHECK (illustrative IN (0, 1)),
    description   TEXT COLLATE "C" NOT NULL                  -- one line on where the data came from
);

-- 0005: what kind of data the store holds. Documents rendered from illustrative data must say so on every
-- page; the runner treats the store as operational only when every dataset row says it is not illustrative,
-- so a store without a row here is treated as illustrative (the safe reading).

CREATE TABLE dataset (
    name          TEXT PRIMARY KEY,              -- e.g. 'sample-scale-1'
    illustrative  INTEGER NOT NULL CONSTRAINT dataset_illustrative_flag CHECK (illustrative IN (0, 1)),
    description   TEXT NOT NULL                  -- one line on where the data came from
);

-- 0006: the order seed 003 lists the BCF metrics in (the five national metrics, then the local-metric menu), so
-- the plan pack can list them in that order with an ORDER BY that every engine reads alike, not by insertion order.

ALTER TABLE bcf_metric ADD COLUMN position INTEGER NOT NULL DEFAULT 0;

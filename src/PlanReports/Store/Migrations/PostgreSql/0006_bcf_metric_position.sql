-- PostgreSQL counterpart of ../0006_bcf_metric_position.sql, kept beside it (a test checks the two schemas are equal).

ALTER TABLE bcf_metric ADD COLUMN position BIGINT NOT NULL DEFAULT 0;

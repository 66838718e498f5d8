-- PostgreSQL counterpart of ../0007_bcf_payment_tranche_item.sql, kept beside it (a test checks the two schemas are equal).

CREATE TABLE bcf_payment_tranche_item (
    tranche   BIGINT NOT NULL REFERENCES bcf_payment_tranche(position),
    position  BIGINT NOT NULL,
    text      TEXT COLLATE "C" NOT NULL,                     -- word for word from the seed
    PRIMARY KEY (tranche, position)
);

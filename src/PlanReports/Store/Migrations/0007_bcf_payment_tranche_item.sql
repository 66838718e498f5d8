-- 0007: the items seed 003's payment-for-performance table lists under a tranche ("Progress against four of the
-- national conditions:" then one line per condition), one row each, so documents can show them as a list. From
-- this migration on, bcf_payment_tranche.paid_for holds only the words before the list.

CREATE TABLE bcf_payment_tranche_item (
    tranche   INTEGER NOT NULL REFERENCES bcf_payment_tranche(position),
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,                     -- word for word from the seed
    PRIMARY KEY (tranche, position)
);

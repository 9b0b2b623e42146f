-- Tamper evidence for the append-only audit trail (DD041): every row carries its position in the
-- chain, the hash of the row before it and its own hash (SHA-256 over its fields and the previous
-- hash), so a changed, removed or inserted row breaks the chain at that point. Rows recorded before
-- this migration have no position and are reported as "before the chain". audit_chain_head is the
-- lock that orders appends and the last link, never the evidence: verification recomputes the
-- chain from the rows.
ALTER TABLE audit_event ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_event ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN row_hash VARCHAR(64);

CREATE UNIQUE INDEX uk_audit_event_chain_position ON audit_event (chain_position);

CREATE TABLE audit_chain_head (
    head_id         INTEGER     NOT NULL,
    chain_position  BIGINT      NOT NULL,
    last_hash       VARCHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (head_id)
);

INSERT INTO audit_chain_head (head_id, chain_position, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

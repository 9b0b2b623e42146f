-- Freshness (issue 21, DD071): a provider's confirmation that a published record is still
-- accurate. It makes no version (nothing changed); the kernel keeps one row per confirmation,
-- for every kind of record, named by the kind's record table.
CREATE TABLE record_confirmation (
    confirmation_id UUID NOT NULL,
    record_kind VARCHAR(40) NOT NULL,
    record_id UUID NOT NULL,
    organisation_id UUID NOT NULL,
    confirmed_by UUID NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT record_confirmation_pk PRIMARY KEY (confirmation_id)
);

CREATE INDEX record_confirmation_record_idx ON record_confirmation (record_kind, record_id, confirmed_at);

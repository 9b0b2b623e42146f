-- Freshness (issue 21, DD070): one reminder mail per record and due date of its review, so
-- that the daily run never writes twice about the same confirmation.
CREATE TABLE record_review_reminder (
    record_kind VARCHAR(40) NOT NULL,
    record_id UUID NOT NULL,
    due_on DATE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT record_review_reminder_pk PRIMARY KEY (record_kind, record_id, due_on)
);

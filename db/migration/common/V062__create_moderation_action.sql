-- Regulator moderation of public entries (Art 70/74 market surveillance): a public notice
-- (FLAG), a request to the provider to correct the entry by a due date (CORRECTION_REQUEST)
-- and a suspension from public view with a reason (SUSPENSION). An action is open until
-- closed_at is set; every change is also in the audit trail.
CREATE TABLE moderation_action (
    action_id           UUID                     NOT NULL,
    registration_number VARCHAR(20)              NOT NULL,
    organisation_id     UUID                     NOT NULL,
    kind                VARCHAR(30)              NOT NULL,
    notice              VARCHAR(4000)            NOT NULL,
    due_date            DATE,
    created_by          UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by           UUID,
    closed_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_moderation_action PRIMARY KEY (action_id),
    CONSTRAINT ck_moderation_action_kind CHECK (kind IN ('FLAG', 'CORRECTION_REQUEST', 'SUSPENSION'))
);

CREATE INDEX ix_moderation_action_entry ON moderation_action (registration_number, closed_at);
CREATE INDEX ix_moderation_action_organisation ON moderation_action (organisation_id, created_at);

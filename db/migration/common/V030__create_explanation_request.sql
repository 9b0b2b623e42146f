-- Art 86 explanation requests from affected persons to deployers, their correspondence and the clock stops
-- of their deadlines. Personal data (the requester's address and every free text) is stored only encrypted
-- (AES-GCM, columns *_enc) and is removed after the retention period; dates and states stay for statistics.
CREATE SEQUENCE explanation_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE explanation_request (
    request_id              UUID                     NOT NULL,
    reference               VARCHAR(20)              NOT NULL,
    registration_number     VARCHAR(20)              NOT NULL,
    deployer_id             UUID                     NOT NULL,
    state                   VARCHAR(30)              NOT NULL,
    language                VARCHAR(8)               NOT NULL,
    email_enc               VARCHAR(2000),
    decision_enc            VARCHAR(20000),
    decision_date_enc       VARCHAR(200),
    decision_reference_enc  VARCHAR(1000),
    adverse_enc             VARCHAR(20000),
    tracking_token_enc      VARCHAR(200),
    verify_token_hash       VARCHAR(64),
    verify_expires_at       TIMESTAMP WITH TIME ZONE,
    tracking_token_hash     VARCHAR(64),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at            TIMESTAMP WITH TIME ZONE,
    extension_months        INTEGER                  DEFAULT 0 NOT NULL,
    extended_at             TIMESTAMP WITH TIME ZONE,
    responded_at            TIMESTAMP WITH TIME ZONE,
    responded_on_time       BOOLEAN,
    outcome                 VARCHAR(30),
    refusal_ground          VARCHAR(40),
    closed_at               TIMESTAMP WITH TIME ZONE,
    escalated_at            TIMESTAMP WITH TIME ZONE,
    complaint_closed_at     TIMESTAMP WITH TIME ZONE,
    deployer_reminded_at    TIMESTAMP WITH TIME ZONE,
    deployer_overdue_at     TIMESTAMP WITH TIME ZONE,
    person_overdue_at       TIMESTAMP WITH TIME ZONE,
    anonymised_at           TIMESTAMP WITH TIME ZONE,
    lock_version            BIGINT                   NOT NULL,
    CONSTRAINT pk_explanation_request PRIMARY KEY (request_id),
    CONSTRAINT uk_explanation_request_reference UNIQUE (reference),
    CONSTRAINT uk_explanation_request_verify UNIQUE (verify_token_hash),
    CONSTRAINT uk_explanation_request_tracking UNIQUE (tracking_token_hash),
    CONSTRAINT fk_explanation_request_deployer FOREIGN KEY (deployer_id) REFERENCES organisation (organisation_id),
    CONSTRAINT ck_explanation_request_state CHECK (state IN ('AWAITING_VERIFICATION', 'SUBMITTED', 'ACKNOWLEDGED',
        'INFORMATION_REQUESTED', 'ANSWERED', 'PARTIALLY_ANSWERED', 'REFUSED', 'NOT_ELIGIBLE', 'ESCALATED', 'CLOSED'))
);

CREATE INDEX ix_explanation_request_deployer ON explanation_request (deployer_id, state);
CREATE INDEX ix_explanation_request_system ON explanation_request (registration_number);

-- The thread: what each side wrote and what happened, oldest first.
CREATE TABLE explanation_message (
    message_id              UUID                     NOT NULL,
    request_id              UUID                     NOT NULL,
    author                  VARCHAR(20)              NOT NULL,
    kind                    VARCHAR(30)              NOT NULL,
    body_enc                VARCHAR(40000),
    second_body_enc         VARCHAR(40000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_explanation_message PRIMARY KEY (message_id),
    CONSTRAINT fk_explanation_message_request FOREIGN KEY (request_id) REFERENCES explanation_request (request_id)
);

CREATE INDEX ix_explanation_message_request ON explanation_message (request_id, created_at);

-- Periods in which the deadline does not run (the deployer asked the person for information).
CREATE TABLE explanation_clock_stop (
    request_id              UUID                     NOT NULL,
    stopped_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    resumed_at              TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_explanation_clock_stop PRIMARY KEY (request_id, stopped_at),
    CONSTRAINT fk_explanation_clock_stop_request FOREIGN KEY (request_id) REFERENCES explanation_request (request_id)
);

-- Art 85: complaints to the market surveillance authority by any natural or legal person with grounds to consider
-- that the Regulation has been infringed, filed without an account and routed to the authority of the Member State
-- the complainant names. Like explanation requests, every free text and the address are stored only encrypted
-- (columns *_enc) and are removed after the retention period; the registration number is '' when none is named.
CREATE SEQUENCE complaint_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE complaint (
    complaint_id            UUID                     NOT NULL,
    reference               VARCHAR(20)              NOT NULL,
    member_state            VARCHAR(2)               NOT NULL,
    complainant_kind        VARCHAR(20)              NOT NULL,
    registration_number     VARCHAR(20)              NOT NULL,
    state                   VARCHAR(30)              NOT NULL,
    language                VARCHAR(8)               NOT NULL,
    email_enc               VARCHAR(2000),
    complainant_enc         VARCHAR(2000),
    operator_enc            VARCHAR(2000),
    infringement_enc        VARCHAR(40000),
    outcome_enc             VARCHAR(40000),
    verify_token_hash       VARCHAR(64),
    verify_expires_at       TIMESTAMP WITH TIME ZONE,
    tracking_token_hash     VARCHAR(64),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at            TIMESTAMP WITH TIME ZONE,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    closed_at               TIMESTAMP WITH TIME ZONE,
    anonymised_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_complaint PRIMARY KEY (complaint_id),
    CONSTRAINT uk_complaint_reference UNIQUE (reference),
    CONSTRAINT uk_complaint_verify UNIQUE (verify_token_hash),
    CONSTRAINT uk_complaint_tracking UNIQUE (tracking_token_hash),
    CONSTRAINT ck_complaint_state CHECK (state IN ('AWAITING_VERIFICATION', 'SUBMITTED', 'ACKNOWLEDGED', 'CLOSED')),
    CONSTRAINT ck_complaint_kind CHECK (complainant_kind IN ('NATURAL_PERSON', 'LEGAL_PERSON'))
);

CREATE INDEX ix_complaint_member_state ON complaint (member_state, state);

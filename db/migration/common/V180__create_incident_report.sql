-- Serious-incident reports (Art 73; Art 26(5) for deployers; Art 55(1)(c) for GPAI models with
-- systemic risk) on the publication kernel (DD020, DD080): the reporter's working copy and the
-- immutable versions it submitted (the initial report, the complete report and the follow-ups of
-- Art 73(5)-(6) are versions of the same report). Incident reports are never public: the check
-- constraints allow no other visibility than NEVER_PUBLIC, so no public read can ever match them.
CREATE TABLE incident_report (
    incident_id              UUID                     NOT NULL,
    organisation_id          UUID                     NOT NULL,
    reference                VARCHAR(20)              NOT NULL,
    reporter_role            VARCHAR(20)              NOT NULL,
    route                    VARCHAR(30)              NOT NULL,
    registration_number      VARCHAR(20),
    gpai_model_id            UUID,
    subject_name             VARCHAR(300)             NOT NULL,
    provider_organisation_id UUID,
    annex_iii_point          VARCHAR(8),
    based_on_incident_id     UUID,
    state                    VARCHAR(30)              NOT NULL,
    draft_data               TEXT                     NOT NULL,
    draft_changed            BOOLEAN                  NOT NULL,
    published_version        INTEGER,
    lock_version             BIGINT                   NOT NULL,
    visibility               VARCHAR(20),
    public_hold              VARCHAR(20),
    created_by               UUID                     NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the reporting deadline: of the draft while unsubmitted, frozen at the first submission
    deadline_case            VARCHAR(40),
    clock_start_at           TIMESTAMP WITH TIME ZONE,
    due_at                   TIMESTAMP WITH TIME ZONE,
    first_submitted_at       TIMESTAMP WITH TIME ZONE,
    late                     BOOLEAN                  DEFAULT FALSE NOT NULL,
    complete_submitted_at    TIMESTAMP WITH TIME ZONE,
    reminded_at              TIMESTAMP WITH TIME ZONE,
    overdue_notified_at      TIMESTAMP WITH TIME ZONE,
    closed_at                TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_incident_report PRIMARY KEY (incident_id),
    CONSTRAINT uk_incident_report_reference UNIQUE (reference),
    CONSTRAINT fk_incident_report_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id),
    CONSTRAINT fk_incident_report_provider FOREIGN KEY (provider_organisation_id) REFERENCES organisation (organisation_id),
    CONSTRAINT fk_incident_report_based_on FOREIGN KEY (based_on_incident_id) REFERENCES incident_report (incident_id),
    CONSTRAINT ck_incident_report_role CHECK (reporter_role IN ('PROVIDER', 'DEPLOYER', 'GPAI_PROVIDER')),
    CONSTRAINT ck_incident_report_route CHECK (route IN ('AUTHORITY', 'PROVIDER_FIRST', 'PROVIDER_UNREACHABLE')),
    CONSTRAINT ck_incident_report_state CHECK (state IN ('DRAFT', 'INITIAL_REPORT', 'COMPLETE_REPORT', 'INVESTIGATION',
        'CORRECTIVE_ACTION', 'CLOSED')),
    CONSTRAINT ck_incident_report_visibility CHECK (visibility IN ('NEVER_PUBLIC')),
    CONSTRAINT ck_incident_report_subject CHECK (registration_number IS NOT NULL OR gpai_model_id IS NOT NULL)
);

CREATE INDEX ix_incident_report_organisation ON incident_report (organisation_id);
CREATE INDEX ix_incident_report_provider ON incident_report (provider_organisation_id);
CREATE INDEX ix_incident_report_due ON incident_report (state, due_at);

CREATE TABLE incident_report_version (
    incident_id         UUID                     NOT NULL,
    version_number      INTEGER                  NOT NULL,
    report_type         VARCHAR(30)              NOT NULL,
    data                TEXT                     NOT NULL,
    change_summary      VARCHAR(1000),
    content_sha256      VARCHAR(64)              NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by        UUID                     NOT NULL,
    visibility          VARCHAR(20)              NOT NULL,
    CONSTRAINT pk_incident_report_version PRIMARY KEY (incident_id, version_number),
    CONSTRAINT fk_incident_report_version_report FOREIGN KEY (incident_id) REFERENCES incident_report (incident_id),
    CONSTRAINT ck_incident_report_version_type CHECK (report_type IN ('INITIAL', 'COMPLETE', 'INVESTIGATION',
        'CORRECTIVE_ACTION')),
    CONSTRAINT ck_incident_report_version_visibility CHECK (visibility IN ('NEVER_PUBLIC'))
);

-- Where a report went: one row per competent authority (the market surveillance authority of
-- each Member State where the incident occurred, Art 73(1); the AI Office for GPAI models,
-- Art 55(1)(c)), with the authority's own handling and its 7-day clock for measures (Art 73(8)).
-- authority_id stays empty while no authority of that Member State uses the registry.
CREATE TABLE incident_handling (
    handling_id           UUID                     NOT NULL,
    incident_id           UUID                     NOT NULL,
    authority_kind        VARCHAR(20)              NOT NULL,
    member_state          VARCHAR(2),
    authority_id          UUID,
    state                 VARCHAR(30)              NOT NULL,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    routed_at             TIMESTAMP WITH TIME ZONE,
    measures_due_at       TIMESTAMP WITH TIME ZONE,
    acknowledged_at       TIMESTAMP WITH TIME ZONE,
    measures_recorded_at  TIMESTAMP WITH TIME ZONE,
    commission_notified_at TIMESTAMP WITH TIME ZONE,
    notice_published_at   TIMESTAMP WITH TIME ZONE,
    closed_at             TIMESTAMP WITH TIME ZONE,
    close_reason          VARCHAR(2000),
    lock_version          BIGINT                   NOT NULL,
    CONSTRAINT pk_incident_handling PRIMARY KEY (handling_id),
    CONSTRAINT uk_incident_handling_authority UNIQUE (incident_id, authority_kind, member_state),
    CONSTRAINT fk_incident_handling_report FOREIGN KEY (incident_id) REFERENCES incident_report (incident_id),
    CONSTRAINT fk_incident_handling_authority FOREIGN KEY (authority_id) REFERENCES organisation (organisation_id),
    CONSTRAINT ck_incident_handling_kind CHECK (authority_kind IN ('MARKET_SURVEILLANCE', 'AI_OFFICE')),
    CONSTRAINT ck_incident_handling_state CHECK (state IN ('AWAITING_AUTHORITY', 'RECEIVED', 'ACKNOWLEDGED',
        'INFORMATION_REQUESTED', 'MEASURES_TAKEN', 'CLOSED'))
);

CREATE INDEX ix_incident_handling_authority ON incident_handling (authority_id, state);

-- Measures an authority recorded (Art 73(8), Art 19 of Regulation (EU) 2019/1020).
CREATE TABLE incident_measure (
    measure_id          UUID                     NOT NULL,
    handling_id         UUID                     NOT NULL,
    kind                VARCHAR(40)              NOT NULL,
    description         VARCHAR(4000)            NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by         UUID                     NOT NULL,
    CONSTRAINT pk_incident_measure PRIMARY KEY (measure_id),
    CONSTRAINT fk_incident_measure_handling FOREIGN KEY (handling_id) REFERENCES incident_handling (handling_id)
);

-- Requests for information from an authority to the reporter; answered by the reporter's next
-- submitted version.
CREATE TABLE incident_information_request (
    request_id          UUID                     NOT NULL,
    handling_id         UUID                     NOT NULL,
    request_text        VARCHAR(4000)            NOT NULL,
    due_on              DATE,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by        UUID                     NOT NULL,
    answered_at         TIMESTAMP WITH TIME ZONE,
    answered_version    INTEGER,
    CONSTRAINT pk_incident_information_request PRIMARY KEY (request_id),
    CONSTRAINT fk_incident_information_request_handling FOREIGN KEY (handling_id) REFERENCES incident_handling (handling_id)
);

-- PDF attachments of incident reports, stored once per report and content; versions refer to
-- them by SHA-256, so a version's own hash covers them. Never public; rows are never changed.
CREATE TABLE incident_document (
    incident_id     UUID                     NOT NULL,
    sha256          VARCHAR(64)              NOT NULL,
    file_name       VARCHAR(255)             NOT NULL,
    byte_size       BIGINT                   NOT NULL,
    content         BYTEA                    NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     UUID                     NOT NULL,
    CONSTRAINT pk_incident_document PRIMARY KEY (incident_id, sha256),
    CONSTRAINT fk_incident_document_report FOREIGN KEY (incident_id) REFERENCES incident_report (incident_id)
);

-- Deployer registrations (Annex VIII Section C): the deployer's working copy and its immutable,
-- hashed public versions, linked to the provider's entry by registration number (C3).
CREATE TABLE deployment (
    deployment_id                UUID                     NOT NULL,
    organisation_id              UUID                     NOT NULL,
    provider_registration_number VARCHAR(20)              NOT NULL,
    restricted                   BOOLEAN                  NOT NULL,
    draft_data                   TEXT                     NOT NULL,
    draft_changed                BOOLEAN                  NOT NULL,
    published_version            INTEGER,
    provider_status              VARCHAR(30),
    provider_status_changed_at   TIMESTAMP WITH TIME ZONE,
    lock_version                 BIGINT                   NOT NULL,
    created_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_deployment PRIMARY KEY (deployment_id),
    CONSTRAINT uk_deployment_organisation_system UNIQUE (organisation_id, provider_registration_number),
    CONSTRAINT fk_deployment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id)
);

CREATE INDEX ix_deployment_provider_entry ON deployment (provider_registration_number);

CREATE TABLE deployment_version (
    deployment_id       UUID                     NOT NULL,
    version_number      INTEGER                  NOT NULL,
    data                TEXT                     NOT NULL,
    change_summary      VARCHAR(1000),
    content_sha256      VARCHAR(64)              NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by        UUID                     NOT NULL,
    CONSTRAINT pk_deployment_version PRIMARY KEY (deployment_id, version_number),
    CONSTRAINT fk_deployment_version_deployment FOREIGN KEY (deployment_id) REFERENCES deployment (deployment_id)
);

-- Fundamental-rights impact assessments (Art 27): one per deployer and system. Never public.
CREATE TABLE fria (
    fria_id                      UUID                     NOT NULL,
    organisation_id              UUID                     NOT NULL,
    provider_registration_number VARCHAR(20)              NOT NULL,
    state                        VARCHAR(20)              NOT NULL,
    assessment_version           INTEGER                  NOT NULL,
    notified_version             INTEGER,
    data                         TEXT                     NOT NULL,
    completed_at                 TIMESTAMP WITH TIME ZONE,
    notified_at                  TIMESTAMP WITH TIME ZONE,
    lock_version                 BIGINT                   NOT NULL,
    created_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_fria PRIMARY KEY (fria_id),
    CONSTRAINT uk_fria_organisation_system UNIQUE (organisation_id, provider_registration_number),
    CONSTRAINT fk_fria_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id),
    CONSTRAINT ck_fria_state CHECK (state IN ('DRAFT', 'COMPLETED', 'NOTIFIED', 'UPDATE_REQUIRED'))
);

-- Art 27(3): each notification to the market surveillance authority, frozen as it was sent.
CREATE TABLE fria_notification (
    notification_id     UUID                     NOT NULL,
    fria_id             UUID                     NOT NULL,
    assessment_version  INTEGER                  NOT NULL,
    data                TEXT                     NOT NULL,
    content_sha256      VARCHAR(64)              NOT NULL,
    notified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_by         UUID                     NOT NULL,
    acknowledged_at     TIMESTAMP WITH TIME ZONE,
    acknowledged_by     UUID,
    CONSTRAINT pk_fria_notification PRIMARY KEY (notification_id),
    CONSTRAINT uk_fria_notification_version UNIQUE (fria_id, assessment_version),
    CONSTRAINT fk_fria_notification_fria FOREIGN KEY (fria_id) REFERENCES fria (fria_id)
);

-- Art 26(8): a deployer tells a provider that a system it wants to use is not registered.
CREATE TABLE provider_notice (
    notice_id                    UUID                     NOT NULL,
    provider_organisation_id     UUID                     NOT NULL,
    deployer_organisation_id     UUID                     NOT NULL,
    system_description           VARCHAR(300)             NOT NULL,
    message                      VARCHAR(2000)            NOT NULL,
    sent_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_provider_notice PRIMARY KEY (notice_id),
    CONSTRAINT fk_provider_notice_provider FOREIGN KEY (provider_organisation_id) REFERENCES organisation (organisation_id),
    CONSTRAINT fk_provider_notice_deployer FOREIGN KEY (deployer_organisation_id) REFERENCES organisation (organisation_id)
);

CREATE INDEX ix_provider_notice_provider ON provider_notice (provider_organisation_id);

-- AI system entries (Annex VIII). The draft is the provider's working copy; every publication
-- freezes the data as an immutable, hashed version that the public can read and compare.
CREATE SEQUENCE registration_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE ai_system (
    ai_system_id        UUID                     NOT NULL,
    registration_number VARCHAR(20)              NOT NULL,
    organisation_id     UUID                     NOT NULL,
    draft_data          TEXT                     NOT NULL,
    draft_trade_name    VARCHAR(200)             NOT NULL,
    draft_changed       BOOLEAN                  NOT NULL,
    published_version   INTEGER,
    lock_version        BIGINT                   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ai_system PRIMARY KEY (ai_system_id),
    CONSTRAINT uk_ai_system_registration_number UNIQUE (registration_number),
    CONSTRAINT fk_ai_system_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id)
);

CREATE INDEX ix_ai_system_organisation ON ai_system (organisation_id);

CREATE TABLE ai_system_version (
    ai_system_id        UUID                     NOT NULL,
    version_number      INTEGER                  NOT NULL,
    data                TEXT                     NOT NULL,
    trade_name          VARCHAR(200)             NOT NULL,
    search_text         TEXT                     NOT NULL,
    change_summary      VARCHAR(1000),
    content_sha256      VARCHAR(64)              NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by        UUID                     NOT NULL,
    CONSTRAINT pk_ai_system_version PRIMARY KEY (ai_system_id, version_number),
    CONSTRAINT fk_ai_system_version_system FOREIGN KEY (ai_system_id) REFERENCES ai_system (ai_system_id)
);

-- General-purpose AI model pages (Art 53, 55). Like AI system entries: the draft is the
-- provider's working copy, every publication is an immutable hashed version. The Annex XI
-- technical documentation reference is never part of a version: only the provider's
-- organisation and regulators read it.
CREATE TABLE gpai_model (
    gpai_model_id           UUID                     NOT NULL,
    organisation_id         UUID                     NOT NULL,
    draft_data              TEXT                     NOT NULL,
    draft_name              VARCHAR(200)             NOT NULL,
    draft_changed           BOOLEAN                  NOT NULL,
    published_version       INTEGER,
    technical_documentation TEXT,
    lock_version            BIGINT                   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_gpai_model PRIMARY KEY (gpai_model_id),
    CONSTRAINT fk_gpai_model_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id)
);

CREATE INDEX ix_gpai_model_organisation ON gpai_model (organisation_id);

CREATE TABLE gpai_model_version (
    gpai_model_id       UUID                     NOT NULL,
    version_number      INTEGER                  NOT NULL,
    data                TEXT                     NOT NULL,
    name                VARCHAR(200)             NOT NULL,
    provider_name       VARCHAR(300)             NOT NULL,
    systemic_risk       BOOLEAN                  NOT NULL,
    change_summary      VARCHAR(1000),
    content_sha256      VARCHAR(64)              NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by        UUID                     NOT NULL,
    CONSTRAINT pk_gpai_model_version PRIMARY KEY (gpai_model_id, version_number),
    CONSTRAINT fk_gpai_model_version_model FOREIGN KEY (gpai_model_id) REFERENCES gpai_model (gpai_model_id)
);

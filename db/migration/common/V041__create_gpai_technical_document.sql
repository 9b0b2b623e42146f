-- Annex XI technical documentation of GPAI models as PDF attachments (Art 53(1)(a)).
-- Restricted: only regulators download them (each download is audited) and the provider's
-- organisation sees the list; never part of a public version, the search index or open
-- data. Stored once per model and content (SHA-256), with the version number the model's
-- draft had when the file was attached. Rows are never changed.
CREATE TABLE gpai_technical_document (
    gpai_model_id   UUID                     NOT NULL,
    sha256          VARCHAR(64)              NOT NULL,
    model_version   INTEGER                  NOT NULL,
    file_name       VARCHAR(255)             NOT NULL,
    byte_size       BIGINT                   NOT NULL,
    content         BYTEA                    NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     UUID                     NOT NULL,
    CONSTRAINT pk_gpai_technical_document PRIMARY KEY (gpai_model_id, sha256),
    CONSTRAINT fk_gpai_technical_document_model FOREIGN KEY (gpai_model_id) REFERENCES gpai_model (gpai_model_id)
);

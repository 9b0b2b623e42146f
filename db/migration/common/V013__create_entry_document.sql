-- PDF documents of Section A entries (Annex VIII A.9, A.11, A.12). Stored once per
-- organisation and content (SHA-256); entry versions refer to them by hash, so a version's
-- own SHA-256 covers its documents. Rows are never changed.
CREATE TABLE entry_document (
    organisation_id UUID                     NOT NULL,
    sha256          VARCHAR(64)              NOT NULL,
    file_name       VARCHAR(255)             NOT NULL,
    byte_size       BIGINT                   NOT NULL,
    content         BYTEA                    NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_entry_document PRIMARY KEY (organisation_id, sha256),
    CONSTRAINT fk_entry_document_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id)
);

-- Open data files (bulk downloads, Atom feeds) are generated once per change of the public data, not per
-- request: this one row counts the changes. It is raised in the same transaction as every publication,
-- suspension or lift (just before commit), so every application instance sees a change exactly when its data
-- is visible, and regenerates its files once.
CREATE TABLE open_data_revision (
    id         SMALLINT                 NOT NULL,
    revision   BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT open_data_revision_pk PRIMARY KEY (id)
);

INSERT INTO open_data_revision (id, revision, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

-- Reports of inaccurate public entries, by anyone (Art 71 registry accuracy): the provider
-- answers or corrects, the regulator oversees; the reporter follows the status through a
-- private link (only a hash of its token is stored). The optional reporter email is never
-- shown publicly, indexed or exported.
CREATE TABLE inaccuracy_report (
    report_id           UUID                     NOT NULL,
    reference           VARCHAR(20)              NOT NULL,
    registration_number VARCHAR(20)              NOT NULL,
    organisation_id     UUID                     NOT NULL,
    entry_version       INTEGER                  NOT NULL,
    concerned_field     VARCHAR(60),
    description         VARCHAR(4000)            NOT NULL,
    reporter_email      VARCHAR(320),
    reporter_language   VARCHAR(10)              NOT NULL,
    token_sha256        VARCHAR(64)              NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    response            VARCHAR(4000),
    responded_by        UUID,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    responded_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_inaccuracy_report PRIMARY KEY (report_id),
    CONSTRAINT uk_inaccuracy_report_reference UNIQUE (reference),
    CONSTRAINT uk_inaccuracy_report_token UNIQUE (token_sha256),
    CONSTRAINT ck_inaccuracy_report_status CHECK (status IN ('OPEN', 'ANSWERED', 'CORRECTED', 'DISMISSED'))
);

CREATE INDEX ix_inaccuracy_report_organisation ON inaccuracy_report (organisation_id, created_at);
CREATE INDEX ix_inaccuracy_report_status ON inaccuracy_report (status, created_at);

-- Testing of high-risk AI systems in real-world conditions outside sandboxes (Art 60, Art 61,
-- Annex IX) on the publication kernel (DD020, DD085). A test plan has a Union-wide unique
-- identification number (UID, Annex IX point 1) from its creation; its registered versions are
-- visible to market surveillance authorities and the Commission only (CONSENT_WITHHELD), public
-- when the provider consented to publication (PUBLIC_BY_CONSENT, Art 60(4)(c), Art 71(4)), or in
-- the non-public section for law enforcement, migration, asylum and border control (RESTRICTED,
-- Art 49(4)(d)). Withdrawing consent places the CONSENT_WITHDRAWN hold: the test leaves every public
-- path at once, without a new version.
CREATE TABLE test_plan (
    test_plan_id          UUID                     NOT NULL,
    organisation_id       UUID                     NOT NULL,
    uid                   VARCHAR(24)              NOT NULL,
    system_name           VARCHAR(300)             NOT NULL,
    annex_iii_point       VARCHAR(8),
    state                 VARCHAR(30)              NOT NULL,
    draft_data            TEXT                     NOT NULL,
    draft_changed         BOOLEAN                  NOT NULL,
    -- the conditions of Art 60(4) and Art 61 kept with the plan for the authorities only: that
    -- informed consent is obtained and how it is kept (never the test subjects' data), safeguards
    conduct_data          TEXT                     NOT NULL,
    -- the conditions as they were when the latest version was registered (what the authorities read)
    registered_conduct_data TEXT,
    published_version     INTEGER,
    lock_version          BIGINT                   NOT NULL,
    visibility            VARCHAR(20),
    public_hold           VARCHAR(20),
    created_by            UUID                     NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    approved_at           TIMESTAMP WITH TIME ZONE,
    started_on            DATE,
    end_limit_on          DATE,
    extended              BOOLEAN                  DEFAULT FALSE NOT NULL,
    extension_notified_at TIMESTAMP WITH TIME ZONE,
    extension_reason      VARCHAR(2000),
    suspended_on          DATE,
    ended_on              DATE,
    outcome_notified_at   TIMESTAMP WITH TIME ZONE,
    outcome_summary       VARCHAR(4000),
    end_reminded_at       TIMESTAMP WITH TIME ZONE,
    consent_withdrawn_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_test_plan PRIMARY KEY (test_plan_id),
    CONSTRAINT uk_test_plan_uid UNIQUE (uid),
    CONSTRAINT fk_test_plan_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id),
    CONSTRAINT ck_test_plan_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ACTIVE', 'SUSPENDED',
        'TERMINATED', 'COMPLETED')),
    CONSTRAINT ck_test_plan_visibility CHECK (visibility IN ('PUBLIC_BY_CONSENT', 'RESTRICTED', 'CONSENT_WITHHELD')),
    CONSTRAINT ck_test_plan_public_hold CHECK (public_hold IN ('SUSPENDED', 'CONSENT_WITHDRAWN'))
);

CREATE INDEX ix_test_plan_organisation ON test_plan (organisation_id);

CREATE TABLE test_plan_version (
    test_plan_id        UUID                     NOT NULL,
    version_number      INTEGER                  NOT NULL,
    data                TEXT                     NOT NULL,
    change_summary      VARCHAR(1000),
    content_sha256      VARCHAR(64)              NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by        UUID                     NOT NULL,
    visibility          VARCHAR(20)              NOT NULL,
    system_name         VARCHAR(300)             NOT NULL,
    search_text         TEXT                     NOT NULL,
    CONSTRAINT pk_test_plan_version PRIMARY KEY (test_plan_id, version_number),
    CONSTRAINT fk_test_plan_version_plan FOREIGN KEY (test_plan_id) REFERENCES test_plan (test_plan_id),
    CONSTRAINT ck_test_plan_version_visibility CHECK (visibility IN ('PUBLIC_BY_CONSENT', 'RESTRICTED',
        'CONSENT_WITHHELD'))
);

CREATE INDEX ix_test_plan_version_published_at ON test_plan_version (published_at);

-- The approval of the market surveillance authority of each Member State where the test takes
-- place (Art 60(4)(a)-(b)): explicit, tacit after 30 days where national law allows it, pending
-- authorisation where it does not, or refused. authority_id stays empty while no authority of that
-- Member State uses the registry.
CREATE TABLE test_plan_review (
    test_plan_id        UUID                     NOT NULL,
    member_state        VARCHAR(2)               NOT NULL,
    authority_id        UUID,
    state               VARCHAR(30)              NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    tacit_at            TIMESTAMP WITH TIME ZONE,
    tacit_allowed       BOOLEAN                  NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          UUID,
    reason              VARCHAR(2000),
    reminded_at         TIMESTAMP WITH TIME ZONE,
    lock_version        BIGINT                   NOT NULL,
    CONSTRAINT pk_test_plan_review PRIMARY KEY (test_plan_id, member_state),
    CONSTRAINT fk_test_plan_review_plan FOREIGN KEY (test_plan_id) REFERENCES test_plan (test_plan_id),
    CONSTRAINT fk_test_plan_review_authority FOREIGN KEY (authority_id) REFERENCES organisation (organisation_id),
    CONSTRAINT ck_test_plan_review_state CHECK (state IN ('AWAITING_AUTHORITY', 'PENDING', 'APPROVED',
        'TACITLY_APPROVED', 'AUTHORISATION_PENDING', 'REJECTED'))
);

CREATE INDEX ix_test_plan_review_authority ON test_plan_review (authority_id, state);

-- What happened to a registered test: start, extension (Art 60(4)(f)), suspension, resumption,
-- termination, completion and final outcome (Art 60(8)); suspension and termination are Annex IX
-- point 5 and public with the test when the provider consented to publication.
CREATE TABLE test_plan_event (
    event_id            UUID                     NOT NULL,
    test_plan_id        UUID                     NOT NULL,
    kind                VARCHAR(30)              NOT NULL,
    occurred_on         DATE                     NOT NULL,
    reason              VARCHAR(4000),
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by         UUID,
    CONSTRAINT pk_test_plan_event PRIMARY KEY (event_id),
    CONSTRAINT fk_test_plan_event_plan FOREIGN KEY (test_plan_id) REFERENCES test_plan (test_plan_id),
    CONSTRAINT ck_test_plan_event_kind CHECK (kind IN ('SUBMITTED', 'APPROVED', 'TACITLY_APPROVED',
        'AUTHORISATION_PENDING', 'REJECTED', 'STARTED', 'EXTENDED', 'SUSPENDED', 'RESUMED', 'TERMINATED', 'COMPLETED',
        'OUTCOME_NOTIFIED', 'CONSENT_GIVEN', 'CONSENT_WITHDRAWN', 'INCIDENT_REPORTED'))
);

CREATE INDEX ix_test_plan_event_plan ON test_plan_event (test_plan_id, recorded_at);

-- The real-world testing plan itself as a PDF (Art 60(4)(a)): for the authorities only, never
-- public. Stored once per plan and content; rows are never changed.
CREATE TABLE test_plan_document (
    test_plan_id    UUID                     NOT NULL,
    sha256          VARCHAR(64)              NOT NULL,
    file_name       VARCHAR(255)             NOT NULL,
    byte_size       BIGINT                   NOT NULL,
    content         BYTEA                    NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     UUID                     NOT NULL,
    CONSTRAINT pk_test_plan_document PRIMARY KEY (test_plan_id, sha256),
    CONSTRAINT fk_test_plan_document_plan FOREIGN KEY (test_plan_id) REFERENCES test_plan (test_plan_id)
);

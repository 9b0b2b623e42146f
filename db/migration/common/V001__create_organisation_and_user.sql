-- Organisations registering in the registry (providers, deployers, authorised representatives)
-- and the authorities that oversee it; users belong to exactly one organisation.
CREATE TABLE organisation (
    organisation_id     UUID                     NOT NULL,
    legal_name          VARCHAR(300)             NOT NULL,
    country             VARCHAR(2)               NOT NULL,
    functional_email    VARCHAR(320),
    roles               VARCHAR(200)             NOT NULL,
    established_in_eu   BOOLEAN                  NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (organisation_id),
    CONSTRAINT ck_organisation_status CHECK (status IN ('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED'))
);

CREATE TABLE app_user (
    user_id             UUID                     NOT NULL,
    organisation_id     UUID                     NOT NULL,
    login_email         VARCHAR(320)             NOT NULL,
    password_hash       VARCHAR(200)             NOT NULL,
    display_name        VARCHAR(200)             NOT NULL,
    roles               VARCHAR(200)             NOT NULL,
    enabled             BOOLEAN                  NOT NULL,
    demo_account        BOOLEAN                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (user_id),
    CONSTRAINT uk_app_user_login_email UNIQUE (login_email),
    CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id)
);

-- Organisations and accounts: public sign-up, email verification, invitations and approval by a regulator.
ALTER TABLE organisation ADD COLUMN postal_address VARCHAR(1000);
ALTER TABLE organisation ADD COLUMN public_authority BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE organisation ADD COLUMN public_law_body BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE organisation ADD COLUMN provides_public_services BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE organisation ADD COLUMN authorised_representative_id UUID;
ALTER TABLE organisation ADD COLUMN decision_reason VARCHAR(2000);
ALTER TABLE organisation ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organisation ADD CONSTRAINT fk_organisation_authorised_representative
    FOREIGN KEY (authorised_representative_id) REFERENCES organisation (organisation_id);

-- Accounts created before sign-up existed count as verified.
ALTER TABLE app_user ADD COLUMN email_verified BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE app_user ADD COLUMN preferred_language VARCHAR(8) DEFAULT 'en' NOT NULL;

-- Single-use links sent by email (address verification, invitation). Only the SHA-256 of the token is stored.
CREATE TABLE account_token (
    token_hash          VARCHAR(64)              NOT NULL,
    user_id             UUID                     NOT NULL,
    purpose             VARCHAR(20)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_account_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (user_id),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'INVITATION'))
);

-- Second factor (TOTP, RFC 6238) of user accounts, required for regulators and administrators and
-- offered to everyone (DD045). The shared secret is stored only encrypted (AES-GCM with the row as
-- associated data, DD044); last_step is the last time step whose code was accepted, so a code works
-- only once. Recovery codes are stored as SHA-256 and used at most once.
CREATE TABLE second_factor (
    user_id         UUID                     NOT NULL,
    secret_enc      VARCHAR(500)             NOT NULL,
    enabled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_step       BIGINT                   NOT NULL,
    CONSTRAINT pk_second_factor PRIMARY KEY (user_id),
    CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (user_id)
);

CREATE TABLE recovery_code (
    user_id         UUID                     NOT NULL,
    code_sha256     VARCHAR(64)              NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_recovery_code PRIMARY KEY (user_id, code_sha256),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (user_id)
);

-- The optional e-mail address of a person who reports an inaccuracy is personal data: from now on
-- it is stored only encrypted, like explanation requesters' data (DD044); addresses stored in clear
-- before are encrypted at the next start and the clear column is emptied.
ALTER TABLE inaccuracy_report ADD COLUMN reporter_email_enc VARCHAR(1000);

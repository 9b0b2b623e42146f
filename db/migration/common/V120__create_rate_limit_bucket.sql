-- Rate-limit buckets (Bucket4j) shared by every application instance: login attempts per
-- account, per client and per trusted device, API requests per client, mails per
-- organisation and recipient. The state is Bucket4j's own serialisation; expires_at (epoch
-- milliseconds) lets a timer remove buckets that have been full for a while. The demo run
-- on H2 keeps its buckets in memory instead (one instance only).
CREATE TABLE rate_limit_bucket (
    id          VARCHAR(200) NOT NULL,
    state       BYTEA,
    expires_at  BIGINT,
    CONSTRAINT pk_rate_limit_bucket PRIMARY KEY (id)
);

-- Browsers on which an account has logged in completely (password and, where required,
-- second factor): a login attempt that presents such a device's cookie counts against that
-- device's own limit, never against the account's limit for unknown clients, so nobody can
-- lock the account's owner out by failing logins in their name (OWASP "device cookies").
-- Only the SHA-256 of the cookie is stored.
CREATE TABLE trusted_device (
    token_sha256    VARCHAR(64)              NOT NULL,
    login_email     VARCHAR(320)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_trusted_device PRIMARY KEY (token_sha256)
);

CREATE INDEX ix_trusted_device_login ON trusted_device (login_email);

-- A person's second factor (TOTP): one row per account or agent ("account:<id>", "agent:<id>").
-- The secret is sealed with AES-GCM (the outbox's cipher, the holder as associated data); the
-- recovery codes are kept as SHA-256 hashes, comma-separated; the last used time step keeps a
-- code from opening a second session. The version guards each change against a parallel one.
CREATE TABLE second_factors (
    holder               VARCHAR(60)   NOT NULL PRIMARY KEY,
    sealed_secret        VARCHAR(200)  NOT NULL,
    enabled              BOOLEAN       NOT NULL,
    last_used_step       BIGINT        NOT NULL,
    recovery_code_hashes VARCHAR(1000) NOT NULL,
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP     NOT NULL
);

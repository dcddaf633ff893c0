-- The account life cycle: staff requests, e-mailed single-use links, failed logins, audit trail.

CREATE TABLE account_requests (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    company_id        VARCHAR(36)   NOT NULL REFERENCES companies (id),
    full_name         VARCHAR(200)  NOT NULL,
    email             VARCHAR(254)  NOT NULL,
    email_key         VARCHAR(254)  NOT NULL,
    level             VARCHAR(32)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    requested_by      VARCHAR(36),
    requested_at      TIMESTAMP     NOT NULL,
    rejection_reason  VARCHAR(1000),
    account_id        VARCHAR(36),
    decided_at        TIMESTAMP,
    version           BIGINT        NOT NULL
);
CREATE INDEX account_requests_company ON account_requests (company_id, id);
CREATE INDEX account_requests_status ON account_requests (status, id);
CREATE INDEX account_requests_email ON account_requests (email_key, status);

CREATE TABLE account_tokens (
    -- SHA-256 of the e-mailed token, hex; the token itself is never stored
    token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES accounts (id),
    purpose     VARCHAR(16)  NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX account_tokens_account ON account_tokens (account_id, purpose);

CREATE TABLE login_failures (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    -- "account:<address lower-cased>" or "client:<IP address>"
    attempt_key VARCHAR(300) NOT NULL,
    failed_at   TIMESTAMP    NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (attempt_key, failed_at);
CREATE INDEX login_failures_time ON login_failures (failed_at);

CREATE TABLE audit_events (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    at          TIMESTAMP     NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    company_id  VARCHAR(36),
    subject     VARCHAR(100),
    details     VARCHAR(2000)
);
CREATE INDEX audit_events_company ON audit_events (company_id, id);

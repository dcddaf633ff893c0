-- Companies, portal accounts, support agents and sessions. Portable SQL: the same file runs on
-- PostgreSQL and on H2. Identifiers are UUID strings made by the application (time-ordered).

CREATE TABLE companies (
    id                        VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                      VARCHAR(200) NOT NULL,
    support_period_ends_on    DATE         NOT NULL,
    maintenance_plan_ends_on  DATE,
    version                   BIGINT       NOT NULL
);

CREATE TABLE accounts (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    company_id     VARCHAR(36)  NOT NULL REFERENCES companies (id),
    full_name      VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    -- the address lower-cased: addresses are unique across the portal, compared case-insensitively
    email_key      VARCHAR(254) NOT NULL,
    level          VARCHAR(32)  NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    password_hash  VARCHAR(255),
    created_at     TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT accounts_email_key_unique UNIQUE (email_key)
);
CREATE INDEX accounts_company ON accounts (company_id, id);

CREATE TABLE agents (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    full_name      VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    email_key      VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    CONSTRAINT agents_email_key_unique UNIQUE (email_key)
);

CREATE TABLE sessions (
    -- SHA-256 of the bearer token, hex; the token itself is never stored
    token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    account_id  VARCHAR(36)  REFERENCES accounts (id),
    agent_id    VARCHAR(36)  REFERENCES agents (id),
    created_at  TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    revoked_at  TIMESTAMP,
    CONSTRAINT sessions_one_holder CHECK ((account_id IS NULL) <> (agent_id IS NULL))
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Mailing preferences and the consent history, the audience sync's state per account and its pull
-- mark, and the lock rows that keep a batch job to one run at a time across instances.
-- Portable SQL for PostgreSQL and H2.

-- An account without a row here has the defaults of its level (MailingPreferences.defaultsFor).
CREATE TABLE mailing_preferences (
    account_id              VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES accounts (id),
    newsletter              BOOLEAN      NOT NULL,
    update_notices          BOOLEAN      NOT NULL,
    -- unsubscribed through Mailchimp: an opt-in then goes as pending (double opt-in)
    left_through_mailchimp  BOOLEAN      NOT NULL,
    address_cleaned         BOOLEAN      NOT NULL,
    changed_at              TIMESTAMP    NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE consent_changes (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    account_id            VARCHAR(36)   NOT NULL REFERENCES accounts (id),
    at                    TIMESTAMP     NOT NULL,
    source                VARCHAR(24)   NOT NULL,
    newsletter            BOOLEAN       NOT NULL,
    update_notices        BOOLEAN       NOT NULL,
    confirmation_pending  BOOLEAN       NOT NULL,
    address_cleaned       BOOLEAN       NOT NULL,
    note                  VARCHAR(500),
    CONSTRAINT consent_changes_known_source CHECK (source IN ('PORTAL', 'MAILCHIMP_WEBHOOK', 'MAILCHIMP_PULL'))
);
CREATE INDEX consent_changes_account ON consent_changes (account_id, id);

CREATE TABLE audience_sync_state (
    account_id          VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES accounts (id),
    -- the address Mailchimp knows the member by (the account's, unless changed in Mailchimp)
    audience_email      VARCHAR(254),
    audience_email_key  VARCHAR(254),
    -- SHA-256 of the member state last sent (or last seen in Mailchimp)
    payload_hash        CHAR(64),
    remote_status       VARCHAR(16),
    rejection           VARCHAR(32),
    last_error          VARCHAR(1000),
    error_at            TIMESTAMP,
    synced_at           TIMESTAMP
);
CREATE INDEX audience_sync_state_email ON audience_sync_state (audience_email_key);
CREATE INDEX audience_sync_state_errors ON audience_sync_state (rejection, account_id);

CREATE TABLE sync_marks (
    name     VARCHAR(64)  NOT NULL PRIMARY KEY,
    mark_at  TIMESTAMP    NOT NULL
);

-- One row per job; a run holds the row's lease (holder, locked_until) while it works.
CREATE TABLE job_locks (
    job_name      VARCHAR(128)  NOT NULL PRIMARY KEY,
    holder        VARCHAR(200),
    acquired_at   TIMESTAMP,
    locked_until  TIMESTAMP     NOT NULL
);
INSERT INTO job_locks (job_name, holder, acquired_at, locked_until)
    VALUES ('audience-sync', NULL, NULL, TIMESTAMP '1970-01-01 00:00:00');
INSERT INTO job_locks (job_name, holder, acquired_at, locked_until)
    VALUES ('coverage-audit', NULL, NULL, TIMESTAMP '1970-01-01 00:00:00');

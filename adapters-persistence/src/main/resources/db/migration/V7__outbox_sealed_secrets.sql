-- An e-mail's link token is no longer part of its stored bodies: the bodies hold a placeholder and
-- the token is kept beside them encrypted (AES-GCM, see OutboxSecretCipher) until the e-mail is
-- sent or fails. Portable SQL for PostgreSQL and H2.
ALTER TABLE outbox ADD COLUMN sealed_secret VARCHAR(200);
ALTER TABLE outbox ADD COLUMN secret_expires_at TIMESTAMP;

-- Bodies written before this version carry their tokens in clear: those already sent or failed
-- are of no further use to anyone.
UPDATE outbox SET text_body = '', html_body = '' WHERE state IN ('SENT', 'FAILED');

-- The retention sweep: finished rows by age.
CREATE INDEX outbox_finished ON outbox (state, queued_at);

-- The outbox key of a portal whose configuration gives none (PORTAL_OUTBOX_KEY): generated once
-- per database, so every instance on it reads the others' e-mails. A backup then holds the key too:
-- production configures one instead.
CREATE TABLE outbox_key (
    id          VARCHAR(16)  NOT NULL PRIMARY KEY,
    secret_key  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

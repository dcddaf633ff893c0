-- The e-mail outbox: each row is written in the transaction of the change that causes the e-mail,
-- and the relay sends it later (see JpaOutbox). Portable SQL for PostgreSQL and H2.

CREATE TABLE outbox (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    kind             VARCHAR(40)    NOT NULL,
    recipient        VARCHAR(254)   NOT NULL,
    recipient_name   VARCHAR(200),
    subject          VARCHAR(250)   NOT NULL,
    -- the bodies may carry secret links: never logged, shown to agents only
    text_body        VARCHAR(60000) NOT NULL,
    html_body        VARCHAR(60000) NOT NULL,
    state            VARCHAR(16)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    last_error       VARCHAR(1000),
    queued_at        TIMESTAMP      NOT NULL,
    -- when the row is due: for QUEUED its next attempt, for SENDING the end of the current claim
    next_attempt_at  TIMESTAMP      NOT NULL,
    sent_at          TIMESTAMP,
    CONSTRAINT outbox_known_state CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    CONSTRAINT outbox_attempts_counted CHECK (attempts >= 0)
);
-- the relay's "what is due" lookup: state IN ('QUEUED', 'SENDING') AND next_attempt_at <= now
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
-- agents' list filtered by state, newest (highest time-ordered id) first
CREATE INDEX outbox_state_newest ON outbox (state, id);

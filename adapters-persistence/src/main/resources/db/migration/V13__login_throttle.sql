-- Login throttling by counters, one row per key ("account:<address>", "account:<address>|client:<c>",
-- "client:<c>", "reset:..."), read under a row lock, so that parallel guesses take turns and each one
-- sees the failures before it. The old table of single failures goes.
CREATE TABLE login_throttles (
    attempt_key      VARCHAR(400) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP,
    blocked_until    TIMESTAMP
);
CREATE INDEX login_throttles_last_failure ON login_throttles (last_failure_at);

DROP TABLE login_failures;

-- Sessions end after a while unused too; a session is touched at most once a minute.
ALTER TABLE sessions ADD COLUMN last_used_at TIMESTAMP;
UPDATE sessions SET last_used_at = created_at;
ALTER TABLE sessions ALTER COLUMN last_used_at SET NOT NULL;

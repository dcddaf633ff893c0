-- The clients that signed in to an account before, known by the device token they were given (its
-- SHA-256 only): their sign-ins meet their own limit, not the account's, so that nobody can keep
-- the account's owner out by failing sign-ins to it from elsewhere.
CREATE TABLE trusted_devices (
    token_hash  CHAR(64)      NOT NULL PRIMARY KEY,
    -- whose: the SHA-256 of account:<the address's key>, so that no address stays behind an erasure
    subject     VARCHAR(330)  NOT NULL,
    expires_at  TIMESTAMP     NOT NULL
);
CREATE INDEX trusted_devices_expiry ON trusted_devices (expires_at);

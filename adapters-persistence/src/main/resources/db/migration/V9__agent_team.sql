-- Agents are invited by other agents: pending until they choose a password through their
-- activation link, and deactivated (never deleted) when they leave.
ALTER TABLE agents ADD COLUMN status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE agents ALTER COLUMN password_hash DROP NOT NULL;

CREATE TABLE agent_tokens (
    -- SHA-256 of the e-mailed token, hex; the token itself is never stored
    token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    agent_id    VARCHAR(36)  NOT NULL REFERENCES agents (id),
    expires_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX agent_tokens_agent ON agent_tokens (agent_id);

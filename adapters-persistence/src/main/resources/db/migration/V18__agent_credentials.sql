-- The first agent's password comes from the start-up's settings, where others may read it: until
-- that agent chooses one of their own, their session may do nothing else. An agent made before
-- this column chose nothing either, but has been in use: it is not held back.
ALTER TABLE agents ADD COLUMN password_change_due BOOLEAN DEFAULT FALSE NOT NULL;

-- Agents forget passwords too: a reset link is an agent token of its own purpose, so that an
-- invitation cannot reset a password, nor a reset link activate an invited agent.
ALTER TABLE agent_tokens ADD COLUMN purpose VARCHAR(20) DEFAULT 'ACTIVATION' NOT NULL;

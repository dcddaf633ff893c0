-- One person, several companies: an account is the person (one address, one password), and a
-- membership row says what they are in each company they work for (level, status). Every account
-- of before becomes a person with one membership, its id the account's. Portable SQL for
-- PostgreSQL and H2.

CREATE TABLE memberships (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES accounts (id),
    company_id  VARCHAR(36)  NOT NULL REFERENCES companies (id),
    level       VARCHAR(32)  NOT NULL,
    status      VARCHAR(32)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL,
    -- one membership per person and company, however simultaneous two approvals are
    CONSTRAINT memberships_once UNIQUE (account_id, company_id)
);
CREATE INDEX memberships_company ON memberships (company_id, id);

INSERT INTO memberships (id, account_id, company_id, level, status, created_at, version)
    SELECT id, id, company_id, level, status, created_at, version FROM accounts;

-- what the person is in a company lives in the membership alone from now on
DROP INDEX accounts_company;
ALTER TABLE accounts DROP COLUMN company_id;
ALTER TABLE accounts DROP COLUMN level;
ALTER TABLE accounts DROP COLUMN status;

-- a request for an address known outside the requesting company (told to the deciding agent only)
ALTER TABLE account_requests ADD COLUMN known_elsewhere BOOLEAN DEFAULT FALSE NOT NULL;

-- Warnings raised for companies (RULES.md): raised when they start to hold, cleared when they stop.

CREATE TABLE company_warnings (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    company_id  VARCHAR(36)  NOT NULL REFERENCES companies (id),
    code        VARCHAR(64)  NOT NULL,
    since       TIMESTAMP    NOT NULL,
    cleared_at  TIMESTAMP
);
CREATE INDEX company_warnings_company ON company_warnings (company_id, cleared_at);
CREATE INDEX company_warnings_open ON company_warnings (cleared_at, id);

-- Member services: tickets, licenses, orders, download links, documents, live sessions and their
-- coupon codes. Portable SQL for PostgreSQL and H2; ids are time-ordered UUID strings made by the
-- application, so "order by id" is creation order and lists page by id.

-- Ticket numbers (T-000123) come from one sequence of the database: unique across every portal
-- instance without a lock held for the transaction; a rolled-back ticket leaves a gap.
CREATE SEQUENCE ticket_numbers START WITH 1;

CREATE TABLE tickets (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    ticket_number  BIGINT         NOT NULL,
    company_id     VARCHAR(36)    NOT NULL REFERENCES companies (id),
    author_id      VARCHAR(36)    NOT NULL REFERENCES accounts (id),
    author_name    VARCHAR(200)   NOT NULL,
    subject        VARCHAR(200)   NOT NULL,
    description    VARCHAR(10000) NOT NULL,
    priority       VARCHAR(16)    NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    created_at     TIMESTAMP      NOT NULL,
    updated_at     TIMESTAMP      NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT tickets_number_unique UNIQUE (ticket_number),
    CONSTRAINT tickets_known_status CHECK (status IN ('OPEN', 'PENDING', 'RESOLVED', 'CLOSED'))
);
CREATE INDEX tickets_company ON tickets (company_id, id);
CREATE INDEX tickets_author ON tickets (author_id, id);
CREATE INDEX tickets_status ON tickets (status, id);

CREATE TABLE ticket_replies (
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    ticket_id    VARCHAR(36)    NOT NULL REFERENCES tickets (id),
    author_kind  VARCHAR(16)    NOT NULL,
    -- an account's or an agent's id, as author_kind says
    author_id    VARCHAR(36)    NOT NULL,
    author_name  VARCHAR(200)   NOT NULL,
    body         VARCHAR(10000) NOT NULL,
    created_at   TIMESTAMP      NOT NULL
);
CREATE INDEX ticket_replies_ticket ON ticket_replies (ticket_id, id);

CREATE TABLE licenses (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    company_id        VARCHAR(36)   NOT NULL REFERENCES companies (id),
    product           VARCHAR(200)  NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    quantity          INTEGER       NOT NULL,
    expires_on        DATE          NOT NULL,
    -- secrets of the company's Primary members: never logged, shown through the keyed view only
    license_key       VARCHAR(40)   NOT NULL,
    -- space-separated, in the order they were issued (at most 1000 codes of 19 characters)
    activation_codes  VARCHAR(20000) NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT licenses_key_unique UNIQUE (license_key),
    CONSTRAINT licenses_quantity CHECK (quantity BETWEEN 1 AND 1000)
);
CREATE INDEX licenses_company ON licenses (company_id, id);

CREATE TABLE orders (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    company_id    VARCHAR(36)   NOT NULL REFERENCES companies (id),
    ordered_by    VARCHAR(36)   NOT NULL REFERENCES accounts (id),
    -- LICENSES (product, license_kind, quantity) or SERVICE (description)
    line_kind     VARCHAR(16)   NOT NULL,
    product       VARCHAR(200),
    license_kind  VARCHAR(32),
    quantity      INTEGER,
    description   VARCHAR(4000),
    status        VARCHAR(16)   NOT NULL,
    placed_at     TIMESTAMP     NOT NULL,
    fulfilled_at  TIMESTAMP,
    license_id    VARCHAR(36)   REFERENCES licenses (id),
    version       BIGINT        NOT NULL,
    CONSTRAINT orders_line CHECK ((line_kind = 'LICENSES' AND product IS NOT NULL AND license_kind IS NOT NULL
                                   AND quantity IS NOT NULL)
                                  OR (line_kind = 'SERVICE' AND description IS NOT NULL))
);
CREATE INDEX orders_company ON orders (company_id, id);
CREATE INDEX orders_status ON orders (status, id);

CREATE TABLE download_requests (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    company_id    VARCHAR(36)   NOT NULL REFERENCES companies (id),
    product       VARCHAR(200)  NOT NULL,
    requested_by  VARCHAR(36)   NOT NULL REFERENCES accounts (id),
    requested_at  TIMESTAMP     NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    url           VARCHAR(2000),
    granted_at    TIMESTAMP,
    version       BIGINT        NOT NULL,
    CONSTRAINT download_requests_granted CHECK ((status = 'GRANTED') = (url IS NOT NULL))
);
CREATE INDEX download_requests_company ON download_requests (company_id, status, id);
CREATE INDEX download_requests_status ON download_requests (status, id);

CREATE TABLE documents (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    product          VARCHAR(200)  NOT NULL,
    product_version  VARCHAR(50)   NOT NULL,
    url              VARCHAR(2000) NOT NULL,
    published_at     TIMESTAMP     NOT NULL
);

CREATE TABLE live_sessions (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    company_id      VARCHAR(36)    NOT NULL REFERENCES companies (id),
    account_id      VARCHAR(36)    NOT NULL REFERENCES accounts (id),
    kind            VARCHAR(32)    NOT NULL,
    preferred_at    TIMESTAMP      NOT NULL,
    price_amount    DECIMAL(12, 2) NOT NULL,
    price_currency  CHAR(3)        NOT NULL,
    coupon_code     VARCHAR(40),
    booked_at       TIMESTAMP      NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    scheduled_at    TIMESTAMP,
    confirmed_at    TIMESTAMP,
    version         BIGINT         NOT NULL
);
CREATE INDEX live_sessions_account ON live_sessions (account_id, id);
CREATE INDEX live_sessions_status ON live_sessions (status, id);

CREATE TABLE coupons (
    code         VARCHAR(40)  NOT NULL PRIMARY KEY,
    account_id   VARCHAR(36)  NOT NULL REFERENCES accounts (id),
    company_id   VARCHAR(36)  NOT NULL REFERENCES companies (id),
    kind         VARCHAR(16)  NOT NULL,
    valid_until  DATE         NOT NULL,
    issued_at    TIMESTAMP    NOT NULL,
    used_at      TIMESTAMP,
    used_for     VARCHAR(36),
    version      BIGINT       NOT NULL,
    -- one code per account, kind and validity: two simultaneous first reads cannot issue two
    CONSTRAINT coupons_one_per_period UNIQUE (account_id, kind, valid_until)
);

-- Update notices (issue 27): written by agents, sent once through Mailchimp as a campaign.
-- send_step is the last step recorded before calling Mailchimp; claimed_by/claimed_until are the
-- claim of the instance sending it (a dead instance's claim runs out), written by conditional
-- updates only, never by the entity.
CREATE TABLE update_notices (
    id               VARCHAR(36)    NOT NULL PRIMARY KEY,
    product          VARCHAR(200)   NOT NULL,
    product_version  VARCHAR(50)    NOT NULL,
    subject          VARCHAR(150)   NOT NULL,
    body_markdown    VARCHAR(50000) NOT NULL,
    document_id      VARCHAR(36),
    audience         VARCHAR(16)    NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    send_step        VARCHAR(24)    NOT NULL,
    campaign_id      VARCHAR(100),
    send_at          TIMESTAMP,
    sent_at          TIMESTAMP,
    problem          VARCHAR(2000),
    emails_sent      INTEGER,
    opens            INTEGER,
    clicks           INTEGER,
    report_read_at   TIMESTAMP,
    claimed_by       VARCHAR(200),
    claimed_until    TIMESTAMP,
    created_at       TIMESTAMP      NOT NULL,
    updated_at       TIMESTAMP      NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT update_notices_known_audience CHECK (audience IN ('ALL', 'LICENSED')),
    CONSTRAINT update_notices_known_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'FAILED'))
);
CREATE INDEX update_notices_status ON update_notices (status, id);

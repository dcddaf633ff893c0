-- Files attached to tickets, in the database so that every portal instance serves every file. The
-- bytes are kept in chunks of a few hundred KiB: PostgreSQL's driver reads a bytea value whole, so a
-- row per file would hold a whole file in memory on the way in and out. Portable SQL for PostgreSQL
-- and H2 (BYTEA is H2's name for VARBINARY too).

CREATE TABLE ticket_attachments (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    ticket_id      VARCHAR(36)   NOT NULL REFERENCES tickets (id),
    -- an account's or an agent's id, as uploader_kind says
    uploader_kind  VARCHAR(16)   NOT NULL,
    uploader_id    VARCHAR(36)   NOT NULL,
    filename       VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(255)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    created_at     TIMESTAMP     NOT NULL
);
CREATE INDEX ticket_attachments_ticket ON ticket_attachments (ticket_id, id);
CREATE INDEX ticket_attachments_uploader ON ticket_attachments (uploader_id);

CREATE TABLE ticket_attachment_chunks (
    attachment_id  VARCHAR(36)   NOT NULL REFERENCES ticket_attachments (id),
    seq            INTEGER       NOT NULL,
    data           BYTEA         NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);

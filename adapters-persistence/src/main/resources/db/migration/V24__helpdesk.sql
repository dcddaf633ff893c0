-- The support team's helpdesk: who has a ticket, when its first answer is due and when it came, and
-- the agents' internal notes. Portable SQL for PostgreSQL and H2.

ALTER TABLE tickets ADD COLUMN assignee_id VARCHAR(36) REFERENCES agents (id);
ALTER TABLE tickets ADD COLUMN first_response_due_at TIMESTAMP;
ALTER TABLE tickets ADD COLUMN first_responded_at TIMESTAMP;

-- Tickets from before: nobody knows whether the company had a plan when each came, so they get the
-- longer target of their priority (docs/rules.md), and the first agent's reply as their first answer.
UPDATE tickets SET first_response_due_at = created_at + CASE priority
        WHEN 'URGENT' THEN INTERVAL '8' HOUR
        WHEN 'HIGH' THEN INTERVAL '24' HOUR
        WHEN 'LOW' THEN INTERVAL '120' HOUR
        ELSE INTERVAL '72' HOUR END;
UPDATE tickets SET first_responded_at = (SELECT MIN(r.created_at) FROM ticket_replies r
        WHERE r.ticket_id = tickets.id AND r.author_kind = 'AGENT');
ALTER TABLE tickets ALTER COLUMN first_response_due_at SET NOT NULL;

-- the queues: by due time, then id (the page key), within what each holds
CREATE INDEX tickets_due ON tickets (first_response_due_at, id);
CREATE INDEX tickets_assignee_due ON tickets (assignee_id, first_response_due_at, id);

CREATE TABLE ticket_notes (
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    ticket_id    VARCHAR(36)    NOT NULL REFERENCES tickets (id),
    author_id    VARCHAR(36)    NOT NULL REFERENCES agents (id),
    author_name  VARCHAR(200)   NOT NULL,
    body         VARCHAR(10000) NOT NULL,
    created_at   TIMESTAMP      NOT NULL
);
CREATE INDEX ticket_notes_ticket ON ticket_notes (ticket_id, id);

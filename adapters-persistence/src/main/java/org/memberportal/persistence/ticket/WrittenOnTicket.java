package org.memberportal.persistence.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What someone wrote on a ticket: a reply of its conversation or an agent's internal note. Both
 * tables keep it in the same columns; it is written once with its row and never changed.
 */
@MappedSuperclass
public abstract class WrittenOnTicket {

    @Id
    String id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    String ticketId;

    @Column(name = "author_id", nullable = false, updatable = false)
    String authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    String authorName;

    @Column(nullable = false, updatable = false)
    String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected WrittenOnTicket() {
    }

    protected WrittenOnTicket(String id, String ticketId, String authorId, String authorName, String body,
            Instant createdAt) {
        this.id = id;
        this.ticketId = ticketId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }
}

package org.memberportal.persistence.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.ticket.TicketNote;

/** Internal notes are written once and never changed. */
@Entity
@Table(name = "ticket_notes")
public class TicketNoteEntity {

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

    protected TicketNoteEntity() {
    }

    static TicketNoteEntity from(TicketNote note) {
        TicketNoteEntity entity = new TicketNoteEntity();
        entity.id = note.id();
        entity.ticketId = note.ticketId();
        entity.authorId = note.authorId().value();
        entity.authorName = note.authorName();
        entity.body = note.body();
        entity.createdAt = note.createdAt();
        return entity;
    }

    TicketNote toDomain() {
        return new TicketNote(id, ticketId, new AgentId(authorId), authorName, body, createdAt);
    }
}

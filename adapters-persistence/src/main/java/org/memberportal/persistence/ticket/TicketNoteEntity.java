package org.memberportal.persistence.ticket;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.ticket.TicketNote;

/** Internal notes are written once and never changed. */
@Entity
@Table(name = "ticket_notes")
public class TicketNoteEntity extends WrittenOnTicket {

    protected TicketNoteEntity() {
    }

    private TicketNoteEntity(TicketNote note) {
        super(note.id(), note.ticketId(), note.authorId().value(), note.authorName(), note.body(), note.createdAt());
    }

    static TicketNoteEntity from(TicketNote note) {
        return new TicketNoteEntity(note);
    }

    TicketNote toDomain() {
        return new TicketNote(id, ticketId, new AgentId(authorId), authorName, body, createdAt);
    }
}

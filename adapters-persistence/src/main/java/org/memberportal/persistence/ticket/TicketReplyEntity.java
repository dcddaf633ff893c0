package org.memberportal.persistence.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.memberportal.domain.ticket.TicketReply;

/** Replies are written once and never changed. */
@Entity
@Table(name = "ticket_replies")
public class TicketReplyEntity extends WrittenOnTicket {

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, updatable = false)
    TicketReply.AuthorKind authorKind;

    protected TicketReplyEntity() {
    }

    private TicketReplyEntity(TicketReply reply) {
        super(reply.id(), reply.ticketId(), reply.authorId(), reply.authorName(), reply.body(), reply.createdAt());
        authorKind = reply.authorKind();
    }

    static TicketReplyEntity from(TicketReply reply) {
        return new TicketReplyEntity(reply);
    }

    TicketReply toDomain() {
        return new TicketReply(id, ticketId, authorKind, authorId, authorName, body, createdAt);
    }
}

package org.memberportal.persistence.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.ticket.TicketReply;

/** Replies are written once and never changed. */
@Entity
@Table(name = "ticket_replies")
public class TicketReplyEntity {

    @Id
    String id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    String ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, updatable = false)
    TicketReply.AuthorKind authorKind;

    @Column(name = "author_id", nullable = false, updatable = false)
    String authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    String authorName;

    @Column(nullable = false, updatable = false)
    String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected TicketReplyEntity() {
    }

    static TicketReplyEntity from(TicketReply reply) {
        TicketReplyEntity entity = new TicketReplyEntity();
        entity.id = reply.id();
        entity.ticketId = reply.ticketId();
        entity.authorKind = reply.authorKind();
        entity.authorId = reply.authorId();
        entity.authorName = reply.authorName();
        entity.body = reply.body();
        entity.createdAt = reply.createdAt();
        return entity;
    }

    TicketReply toDomain() {
        return new TicketReply(id, ticketId, authorKind, authorId, authorName, body, createdAt);
    }
}

package org.memberportal.domain.ticket;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.Texts;

/** One answer in a ticket's conversation, by a member of the company or by a support agent. */
public record TicketReply(String id, String ticketId, AuthorKind authorKind, String authorId, String authorName,
        String body, Instant createdAt) {

    public static final int MAX_BODY_LENGTH = 10_000;

    public enum AuthorKind {
        MEMBER, AGENT
    }

    public TicketReply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticket");
        Objects.requireNonNull(authorKind, "author kind");
        Objects.requireNonNull(authorId, "author");
        Objects.requireNonNull(createdAt, "created at");
        authorName = Texts.require("the author's name", authorName, 200);
        body = Texts.require("the reply", body, MAX_BODY_LENGTH);
    }

    public static TicketReply of(Ticket ticket, AuthorKind kind, String authorId, String authorName, String body,
            Instant now) {
        return new TicketReply(TimeOrderedIds.next(), ticket.id(), kind, authorId, authorName, body, now);
    }
}

package org.memberportal.domain.ticket;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.Texts;
import org.memberportal.domain.agent.AgentId;

/**
 * An internal note: what agents tell each other about a ticket. It is the vendor's, not the
 * customer's: never shown to a member, never e-mailed to one, never in a member's export.
 */
public record TicketNote(String id, String ticketId, AgentId authorId, String authorName, String body,
        Instant createdAt) {

    public static final int MAX_BODY_LENGTH = TicketReply.MAX_BODY_LENGTH;

    public TicketNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticket");
        Objects.requireNonNull(authorId, "author");
        Objects.requireNonNull(createdAt, "created at");
        authorName = Texts.require("the author's name", authorName, 200);
        body = Texts.require("the note", body, MAX_BODY_LENGTH);
    }

    public static TicketNote of(Ticket ticket, AgentId author, String authorName, String body, Instant now) {
        return new TicketNote(TimeOrderedIds.next(), ticket.id(), author, authorName, body, now);
    }
}

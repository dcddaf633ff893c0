package org.memberportal.rest.ticket;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.application.ticket.ShowTicketUseCase.TicketThread;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketReply;

/** A ticket; {@code replies} only where one ticket is shown (left out of lists). */
@Schema(name = "TicketView", description = "replies only where one ticket is shown")
public record TicketView(String id, String number, String companyId, String authorId, String authorName,
        String subject, String description, String priority, String status, Instant createdAt, Instant updatedAt,
        long version, List<ReplyView> replies) {

    @Schema(name = "ReplyView")
    public record ReplyView(String id, String ticketId, String authorKind, String authorName, String body,
            Instant createdAt) {

        static ReplyView of(TicketReply reply) {
            return new ReplyView(reply.id(), reply.ticketId(), reply.authorKind().name(), reply.authorName(),
                    reply.body(), reply.createdAt());
        }
    }

    public static TicketView of(Ticket ticket) {
        return of(ticket, null);
    }

    static TicketView of(TicketThread thread) {
        return of(thread.ticket(), thread.replies().stream().map(ReplyView::of).toList());
    }

    private static TicketView of(Ticket t, List<ReplyView> replies) {
        return new TicketView(t.id(), t.number().toString(), t.companyId().value(), t.authorId().value(),
                t.authorName(), t.subject(), t.description(), t.priority().name(), t.status().name(), t.createdAt(),
                t.updatedAt(), t.version(), replies);
    }
}

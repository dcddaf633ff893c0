package org.memberportal.rest.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.application.ticket.ShowTicketUseCase.TicketThread;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketNote;
import org.memberportal.domain.ticket.TicketReply;

/**
 * A ticket; {@code replies} only where one ticket is shown (left out of lists), with the agents'
 * internal notes among them ({@code internal: true}) only in an agent's view. {@code assignee}
 * only in an agent's view. {@code breached}: the first answer came, or is still awaited, later
 * than {@code firstResponseDueAt}.
 */
@Schema(name = "TicketView", description = "replies only where one ticket is shown; assignee and notes for agents only")
public record TicketView(String id, String number, String companyId, String authorId, String authorName,
        String subject, String description, String priority, String status, Instant createdAt, Instant updatedAt,
        AssigneeView assignee, Instant firstResponseDueAt, Instant firstRespondedAt, boolean breached,
        long version, List<ReplyView> replies, List<AttachmentView> attachments) {

    @Schema(name = "ReplyView", description = "internal: an agents' note, never shown to a member")
    public record ReplyView(String id, String ticketId, String authorKind, String authorName, String body,
            Instant createdAt, boolean internal) {

        static ReplyView of(TicketReply reply) {
            return new ReplyView(reply.id(), reply.ticketId(), reply.authorKind().name(), reply.authorName(),
                    reply.body(), reply.createdAt(), false);
        }

        static ReplyView of(TicketNote note) {
            return new ReplyView(note.id(), note.ticketId(), TicketReply.AuthorKind.AGENT.name(), note.authorName(),
                    note.body(), note.createdAt(), true);
        }
    }

    @Schema(name = "AssigneeView")
    public record AssigneeView(String id, String fullName) {
    }

    @Schema(name = "AttachmentView")
    public record AttachmentView(String id, String filename, long size, String contentType) {
    }

    /** A member's view of a ticket (in a list, or in the person's export). */
    public static TicketView of(Ticket ticket, Instant now) {
        return of(ticket, now, null, null, null);
    }

    /** An agent's view of a ticket in a list: with its assignee, named from {@code agents}. */
    static TicketView forAgent(Ticket ticket, Instant now, Map<AgentId, String> agents) {
        return of(ticket, now, assignee(ticket, agents), null, null);
    }

    /** One ticket with its conversation; the notes are there only when an agent reads it. */
    static TicketView of(TicketThread thread, Instant now, Map<AgentId, String> agents,
            List<AttachmentView> attachments) {
        List<ReplyView> conversation = new ArrayList<>(thread.replies().stream().map(ReplyView::of).toList());
        thread.notes().stream().map(ReplyView::of).forEach(conversation::add);
        // ids are time-ordered: by id is the order they were written in
        conversation.sort(Comparator.comparing(ReplyView::id));
        return of(thread.ticket(), now, agents == null ? null : assignee(thread.ticket(), agents), conversation,
                attachments);
    }

    private static AssigneeView assignee(Ticket ticket, Map<AgentId, String> agents) {
        return ticket.assigneeId().map(id -> new AssigneeView(id.value(), agents.getOrDefault(id, id.value())))
                .orElse(null);
    }

    private static TicketView of(Ticket t, Instant now, AssigneeView assignee, List<ReplyView> replies,
            List<AttachmentView> attachments) {
        return new TicketView(t.id(), t.number().toString(), t.companyId().value(), t.authorId().value(),
                t.authorName(), t.subject(), t.description(), t.priority().name(), t.status().name(), t.createdAt(),
                t.updatedAt(), assignee, t.firstResponseDueAt(), t.firstRespondedAt().orElse(null),
                t.isBreached(now), t.version(), replies, attachments);
    }
}

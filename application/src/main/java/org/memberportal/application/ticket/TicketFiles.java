package org.memberportal.application.ticket;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.AttachmentLimits;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.domain.ticket.TicketStatus;

/**
 * Files on tickets: whoever may reply may attach, whoever may see may download (docs/rules.md).
 * An attachment is always served as a download; deciding that is the web layer's, the bytes' only
 * way out.
 */
@ApplicationScoped
@Transactional
public class TicketFiles implements AttachFileUseCase, DownloadAttachmentUseCase {

    private final Tickets tickets;
    private final TicketAttachments attachments;
    private final AttachmentLimits limits;
    private final AuditTrail audit;
    private final Clock clock;

    protected TicketFiles() {
        this(null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public TicketFiles(Tickets tickets, TicketAttachments attachments, AttachmentLimits limits, AuditTrail audit,
            Clock clock) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public TicketAttachment attach(Caller caller, String ticketId, Upload upload) {
        Ticket ticket = tickets.visibleTo(caller, ticketId);
        if (!ticket.mayBeRepliedToBy(caller)) {
            throw Refusal.notPermitted("Your permission level does not allow adding to this ticket.");
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw Refusal.conflict(ProblemCode.TICKET_CLOSED, "The ticket is closed; open a new one.");
        }
        if (!limits.takesAnotherFile(attachments.countOf(ticket.id()))) {
            throw tooManyFiles();
        }
        Instant now = clock.instant();
        TicketAttachment described = caller instanceof Caller.Member member
                ? TicketAttachment.describe(ticket, TicketReply.AuthorKind.MEMBER, member.accountId().value(),
                        upload.filename(), upload.contentType(), now)
                : TicketAttachment.describe(ticket, TicketReply.AuthorKind.AGENT,
                        ((Caller.Agent) caller).agentId().value(), upload.filename(), upload.contentType(), now);
        TicketAttachment stored;
        try {
            stored = attachments.store(described, upload.content(), limits.maxFileBytes());
        } catch (IOException e) {
            // a body cut short or not the multipart it said it was: nothing of it is kept
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "The upload broke off or is not well-formed.");
        }
        // the count before the bytes refuses early; this one, under the ticket's lock, decides a race
        if (attachments.countHoldingTheTicket(ticket.id()) > limits.maxFilesPerTicket()) {
            throw tooManyFiles();
        }
        audit.record(AuditEvent.of(caller, "TICKET_FILE_ATTACHED", ticket.companyId(), ticket.id(),
                stored.id() + ", " + stored.size() + " bytes", now));
        return stored;
    }

    private Refusal tooManyFiles() {
        return Refusal.conflict(ProblemCode.TOO_MANY_ATTACHMENTS,
                "A ticket takes at most " + limits.maxFilesPerTicket() + " files.");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download open(Caller caller, String ticketId, String attachmentId) {
        Ticket ticket = tickets.visibleTo(caller, ticketId);
        TicketAttachment attachment = attachments.find(ticket.id(), attachmentId)
                .orElseThrow(() -> Refusal.notFound("the attachment"));
        return new Download(attachment, out -> attachments.copy(attachment.id(), out));
    }
}

package org.memberportal.rest.ticket;

import java.util.List;

import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.rest.ticket.TicketView.AttachmentView;

/** Attachments as the API shows them: {@code {id, filename, size, contentType}}. */
public final class AttachmentViews {

    private AttachmentViews() {
    }

    public static AttachmentView of(TicketAttachment attachment) {
        return new AttachmentView(attachment.id(), attachment.filename(), attachment.size(),
                attachment.contentType());
    }

    static List<AttachmentView> of(List<TicketAttachment> attachments) {
        return attachments.stream().map(AttachmentViews::of).toList();
    }
}

package org.memberportal.application.ticket;

import java.io.IOException;
import java.io.OutputStream;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.TicketAttachment;

public interface DownloadAttachmentUseCase {

    /** An attachment of a ticket the caller may see; not found otherwise. */
    Download open(Caller caller, String ticketId, String attachmentId);

    /** The attachment, and how to write its bytes (after the answer's headers, outside any transaction). */
    record Download(TicketAttachment attachment, Content content) {
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}

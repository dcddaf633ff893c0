package org.memberportal.application.ticket;

import java.io.InputStream;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.TicketAttachment;

public interface AttachFileUseCase {

    /**
     * Whoever may reply to the ticket attaches a file to it (not to a closed one), while the ticket
     * has fewer than the limit; the bytes are read only once that is decided.
     */
    TicketAttachment attach(Caller caller, String ticketId, Upload upload);

    /** A file as it arrives: its name and type as the uploader's client gave them, and its bytes. */
    record Upload(String filename, String contentType, InputStream content) {
    }
}

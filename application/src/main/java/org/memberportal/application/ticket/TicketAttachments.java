package org.memberportal.application.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.ticket.TicketAttachment;

/**
 * The files of tickets, in the portal's database so that every instance serves every file. Bytes
 * travel in chunks both ways: no file is ever held whole in memory.
 */
public interface TicketAttachments {

    /**
     * Stores the attachment and its bytes as they are read; refuses (413)
     * as soon as more than {@code maxBytes} have come, and the caller's transaction then keeps none
     * of them. Answers the attachment with its size.
     */
    TicketAttachment store(TicketAttachment attachment, InputStream content, long maxBytes) throws IOException;

    int countOf(String ticketId);

    /**
     * The ticket's files, this transaction's new one included, counted once the ticket is held
     * against other uploads until the transaction ends: two uploads racing for the last free place
     * are counted one after the other.
     */
    int countHoldingTheTicket(String ticketId);

    /** One attachment of this ticket; empty for one of another ticket. */
    Optional<TicketAttachment> find(String ticketId, String attachmentId);

    /** Writes the attachment's bytes, one chunk at a time, each read on its own (no transaction needed). */
    void copy(String attachmentId, OutputStream out) throws IOException;

    /** What this person (an account's or an agent's id) uploaded, for the export of their data. */
    List<TicketAttachment> uploadedBy(String uploaderId);

    /** The refusal of a file over the limit, raised by the store as soon as the limit is passed. */
    static Refusal tooLarge(long maxBytes) {
        return new Refusal(Refusal.Kind.TOO_LARGE, null, "A file may have at most " + maxBytes + " bytes.");
    }
}

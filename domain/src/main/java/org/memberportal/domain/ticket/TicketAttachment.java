package org.memberportal.domain.ticket;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.memberportal.domain.TimeOrderedIds;

/**
 * A file someone attached to a ticket: a screenshot, a log. Its name and type are the uploader's
 * words and are kept only as data: the portal always serves the file as a download, never renders
 * it, so an HTML file is as harmless as a text file.
 */
public record TicketAttachment(String id, String ticketId, TicketReply.AuthorKind uploaderKind, String uploaderId,
        String filename, String contentType, long size, Instant createdAt) {

    public static final int MAX_FILENAME_LENGTH = 200;
    public static final String ANY_BYTES = "application/octet-stream";

    /** A media type without parameters, as RFC 6838 lets its names be written. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    public TicketAttachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticket");
        Objects.requireNonNull(uploaderKind, "uploader kind");
        Objects.requireNonNull(uploaderId, "uploader");
        Objects.requireNonNull(createdAt, "created at");
        filename = safeFilename(filename);
        contentType = safeContentType(contentType);
        if (size < 0) {
            throw new IllegalArgumentException("a size is never negative");
        }
    }

    /** A new attachment's description, before its bytes are stored (its size then is what was stored). */
    public static TicketAttachment describe(Ticket ticket, TicketReply.AuthorKind uploaderKind, String uploaderId,
            String filename, String contentType, Instant now) {
        return new TicketAttachment(TimeOrderedIds.next(), ticket.id(), uploaderKind, uploaderId, filename,
                contentType, 0, now);
    }

    public TicketAttachment withSize(long stored) {
        return new TicketAttachment(id, ticketId, uploaderKind, uploaderId, filename, contentType, stored, createdAt);
    }

    /**
     * The last segment of whatever path a browser sent, without control characters, quotes or
     * backslashes (which would break a Content-Disposition header), at most 200 characters.
     */
    static String safeFilename(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"' && c != '\\')
                .forEach(safe::appendCodePoint);
        String cleaned = safe.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return "attachment";
        }
        return cleaned.length() <= MAX_FILENAME_LENGTH ? cleaned
                : cleaned.substring(cleaned.length() - MAX_FILENAME_LENGTH);
    }

    /** The declared type without its parameters, or plain bytes when it is none. */
    static String safeContentType(String raw) {
        if (raw == null) {
            return ANY_BYTES;
        }
        String type = raw.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : ANY_BYTES;
    }
}

package org.memberportal.persistence.ticket;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.memberportal.application.ticket.TicketAttachments;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.persistence.database.PortalDatabase;

/**
 * Ticket attachments over plain JDBC: the bytes go in and out in chunks of {@link #CHUNK_BYTES},
 * each its own row, so neither the portal nor the driver ever holds a whole file. Writes join the
 * caller's transaction (the runtime's pool shares its connection within one); reads of the bytes
 * run after the answer's headers, outside any transaction, a chunk per query.
 */
@ApplicationScoped
public class JdbcTicketAttachments implements TicketAttachments {

    /** A few hundred KiB: a handful of rows per screenshot, forty for a file of 10 MiB. */
    static final int CHUNK_BYTES = 256 * 1024;

    static final String COLUMNS = "id, ticket_id, uploader_kind, uploader_id, filename, content_type, size_bytes,"
            + " created_at";

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    DataSource dataSource;

    @Override
    public TicketAttachment store(TicketAttachment attachment, InputStream content, long maxBytes)
            throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket_attachments ("
                    + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
                insert.setString(1, attachment.id());
                insert.setString(2, attachment.ticketId());
                insert.setString(3, attachment.uploaderKind().name());
                insert.setString(4, attachment.uploaderId());
                insert.setString(5, attachment.filename());
                insert.setString(6, attachment.contentType());
                insert.setTimestamp(7, Timestamp.from(attachment.createdAt()));
                insert.executeUpdate();
            }
            long size = 0;
            byte[] chunk = new byte[CHUNK_BYTES];
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ticket_attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)")) {
                int seq = 0;
                int filled = 0;
                for (int read = content.read(chunk, 0, chunk.length); read >= 0;
                        read = content.read(chunk, filled, chunk.length - filled)) {
                    // counted as the bytes come, not once a chunk is full: a file over the limit is
                    // refused while the client still sends it
                    size += read;
                    filled += read;
                    if (size > maxBytes) {
                        // the caller's transaction rolls back what was written; the rest is never read
                        throw TicketAttachments.tooLarge(maxBytes);
                    }
                    if (filled == chunk.length) {
                        insertChunk(insert, attachment.id(), seq++, chunk, filled);
                        filled = 0;
                    }
                }
                if (filled > 0) {
                    insertChunk(insert, attachment.id(), seq, chunk, filled);
                }
            }
            try (PreparedStatement sized = connection.prepareStatement(
                    "UPDATE ticket_attachments SET size_bytes = ? WHERE id = ?")) {
                sized.setLong(1, size);
                sized.setString(2, attachment.id());
                sized.executeUpdate();
            }
            return attachment.withSize(size);
        } catch (SQLException e) {
            throw new IllegalStateException("the attachment could not be stored", e);
        }
    }

    private static void insertChunk(PreparedStatement insert, String attachmentId, int seq, byte[] chunk, int length)
            throws SQLException {
        insert.setString(1, attachmentId);
        insert.setInt(2, seq);
        insert.setBinaryStream(3, new ByteArrayInputStream(chunk, 0, length), length);
        insert.executeUpdate();
    }

    @Override
    public int countOf(String ticketId) {
        return query("SELECT COUNT(*) FROM ticket_attachments WHERE ticket_id = ?", ticketId, rows -> {
            rows.next();
            return rows.getInt(1);
        });
    }

    @Override
    public int countHoldingTheTicket(String ticketId) {
        query("SELECT id FROM tickets WHERE id = ? FOR UPDATE", ticketId, rows -> rows.next());
        return countOf(ticketId);
    }

    @Override
    public Optional<TicketAttachment> find(String ticketId, String attachmentId) {
        return query("SELECT " + COLUMNS + " FROM ticket_attachments WHERE id = ?", attachmentId,
                JdbcTicketAttachments::all).stream().filter(a -> a.ticketId().equals(ticketId)).findFirst();
    }

    @Override
    public List<TicketAttachment> uploadedBy(String uploaderId) {
        return query("SELECT " + COLUMNS + " FROM ticket_attachments WHERE uploader_id = ? ORDER BY id", uploaderId,
                JdbcTicketAttachments::all);
    }

    @Override
    public void copy(String attachmentId, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        for (int seq = 0;; seq++) {
            // a connection per chunk: a slow client holds none of the pool's while it reads
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT data FROM ticket_attachment_chunks WHERE attachment_id = ? AND seq = ?")) {
                select.setString(1, attachmentId);
                select.setInt(2, seq);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return;
                    }
                    try (InputStream data = rows.getBinaryStream(1)) {
                        for (int n = data.read(buffer); n >= 0; n = data.read(buffer)) {
                            out.write(buffer, 0, n);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IOException("the attachment could not be read", e);
            }
        }
    }

    /** Rows of ticket_attachments, as {@link #COLUMNS} lists them. */
    static List<TicketAttachment> all(ResultSet rows) throws SQLException {
        List<TicketAttachment> found = new ArrayList<>();
        while (rows.next()) {
            found.add(new TicketAttachment(rows.getString(1), rows.getString(2),
                    TicketReply.AuthorKind.valueOf(rows.getString(3)), rows.getString(4), rows.getString(5),
                    rows.getString(6), rows.getLong(7), rows.getTimestamp(8).toInstant()));
        }
        return found;
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, String parameter, Rows<T> rows) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                return rows.read(result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("attachments could not be read", e);
        }
    }
}

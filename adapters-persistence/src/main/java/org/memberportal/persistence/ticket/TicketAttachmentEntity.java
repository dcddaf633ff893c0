package org.memberportal.persistence.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.TicketReply;

/**
 * An attachment's description, read with its ticket. Only {@link JdbcTicketAttachments} writes
 * these rows, together with their bytes; JPA reads them and never writes.
 */
@Entity
@Table(name = "ticket_attachments")
public class TicketAttachmentEntity {

    @Id
    String id;

    @Column(name = "ticket_id", insertable = false, updatable = false)
    String ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploader_kind", insertable = false, updatable = false)
    TicketReply.AuthorKind uploaderKind;

    @Column(name = "uploader_id", insertable = false, updatable = false)
    String uploaderId;

    @Column(insertable = false, updatable = false)
    String filename;

    @Column(name = "content_type", insertable = false, updatable = false)
    String contentType;

    @Column(name = "size_bytes", insertable = false, updatable = false)
    long size;

    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;

    protected TicketAttachmentEntity() {
    }

    TicketAttachment toDomain() {
        return new TicketAttachment(id, ticketId, uploaderKind, uploaderId, filename, contentType, size, createdAt);
    }
}

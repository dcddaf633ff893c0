package org.memberportal.persistence.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.application.mail.DeliveryState;
import org.memberportal.application.mail.OutboxEntry;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.domain.account.EmailAddress;

/** A row of the outbox. Its delivery state changes only through JpaOutbox's conditional updates. */
@Entity
@Table(name = "outbox")
public class OutboxEmailEntity {

    @Id
    String id;

    @Column(nullable = false, updatable = false)
    String kind;

    @Column(nullable = false, updatable = false)
    String recipient;

    @Column(name = "recipient_name", updatable = false)
    String recipientName;

    @Column(nullable = false, updatable = false)
    String subject;

    @Column(name = "text_body", nullable = false, updatable = false)
    String textBody;

    @Column(name = "html_body", nullable = false, updatable = false)
    String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DeliveryState state;

    @Column(nullable = false)
    int attempts;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "queued_at", nullable = false, updatable = false)
    Instant queuedAt;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "sent_at")
    Instant sentAt;

    protected OutboxEmailEntity() {
    }

    static OutboxEmailEntity from(OutboxEntry entry) {
        OutboxEmailEntity entity = new OutboxEmailEntity();
        OutgoingEmail email = entry.email();
        entity.id = entry.id();
        entity.kind = email.kind();
        entity.recipient = email.to().value();
        entity.recipientName = email.recipientName();
        entity.subject = email.subject();
        entity.textBody = email.textBody();
        entity.htmlBody = email.htmlBody();
        entity.state = entry.state();
        entity.attempts = entry.attempts();
        entity.lastError = entry.lastError();
        entity.queuedAt = entry.queuedAt();
        entity.nextAttemptAt = entry.nextAttemptAt();
        entity.sentAt = entry.sentAt();
        return entity;
    }

    OutboxEntry toDomain() {
        OutgoingEmail email = new OutgoingEmail(EmailAddress.of(recipient), recipientName, subject, textBody, htmlBody,
                kind);
        return new OutboxEntry(id, email, state, attempts, lastError, queuedAt, nextAttemptAt, sentAt);
    }
}

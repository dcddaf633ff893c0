package org.memberportal.persistence.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.application.mail.DeliveryState;
import org.memberportal.application.mail.EmailSecret;
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

    /** Without the link's token, which waits encrypted in {@code sealedSecret}; emptied after the retention. */
    @Column(name = "text_body", nullable = false)
    String textBody;

    @Column(name = "html_body", nullable = false)
    String htmlBody;

    /** Null once the e-mail is sent or failed: a token is kept no longer than it can be of use. */
    @Column(name = "sealed_secret")
    String sealedSecret;

    @Column(name = "secret_expires_at")
    Instant secretExpiresAt;

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

    static OutboxEmailEntity from(OutboxEntry entry, OutboxSecretCipher cipher) {
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
        if (email.secret() != null) {
            entity.sealedSecret = cipher.seal(entry.id(), email.secret().value());
            entity.secretExpiresAt = email.secret().expiresAt();
        }
        return entity;
    }

    OutboxEntry toDomain(OutboxSecretCipher cipher) {
        EmailSecret secret = sealedSecret == null || secretExpiresAt == null ? null
                : new EmailSecret(cipher.open(id, sealedSecret).orElse(null), secretExpiresAt);
        OutgoingEmail email = new OutgoingEmail(EmailAddress.of(recipient), recipientName, subject, textBody, htmlBody,
                kind, secret);
        return new OutboxEntry(id, email, state, attempts, lastError, queuedAt, nextAttemptAt, sentAt);
    }
}

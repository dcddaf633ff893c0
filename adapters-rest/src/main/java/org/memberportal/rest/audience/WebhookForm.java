package org.memberportal.rest.audience;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.memberportal.application.audience.AudienceEvent;
import org.memberportal.domain.account.EmailAddress;

/**
 * Reads one of Mailchimp's form-encoded webhook deliveries: {@code type}, {@code fired_at}
 * ({@code YYYY-MM-DD HH:MM:SS}, UTC), {@code data[email]}, and for {@code upemail}
 * {@code data[old_email]} and {@code data[new_email]}. A delivery it cannot read is empty: answered
 * as received, since Mailchimp would only deliver it again.
 */
final class WebhookForm {

    private static final DateTimeFormatter FIRED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WebhookForm() {
    }

    static Optional<AudienceEvent> read(MultivaluedMap<String, String> form) {
        AudienceEvent.Type type = typeOf(form.getFirst("type"));
        if (type == null) {
            return Optional.empty();
        }
        Instant firedAt = firedAt(form.getFirst("fired_at"));
        if (type == AudienceEvent.Type.CAMPAIGN) {
            return Optional.of(new AudienceEvent(type, firedAt, null, null));
        }
        if (type == AudienceEvent.Type.UPEMAIL) {
            Optional<EmailAddress> oldEmail = address(form.getFirst("data[old_email]"));
            Optional<EmailAddress> newEmail = address(form.getFirst("data[new_email]"));
            if (oldEmail.isEmpty() || newEmail.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new AudienceEvent(type, firedAt, oldEmail.get(), newEmail.get()));
        }
        return address(form.getFirst("data[email]")).map(email -> new AudienceEvent(type, firedAt, email, null));
    }

    /** The list the delivery is about, when it says. */
    static Optional<String> listId(MultivaluedMap<String, String> form) {
        return Optional.ofNullable(form.getFirst("data[list_id]")).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static AudienceEvent.Type typeOf(String type) {
        if (type == null) {
            return null;
        }
        try {
            return AudienceEvent.Type.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant firedAt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), FIRED_AT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<EmailAddress> address(String text) {
        return text != null && EmailAddress.isValid(text) ? Optional.of(EmailAddress.of(text)) : Optional.empty();
    }
}

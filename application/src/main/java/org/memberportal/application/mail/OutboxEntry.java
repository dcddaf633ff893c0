package org.memberportal.application.mail;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;

/**
 * An e-mail in the outbox and how its delivery goes. Ids are time-ordered, so the newest entries
 * come first in descending id order. {@code nextAttemptAt} is when the e-mail is due: for a QUEUED
 * one its next attempt, for a SENDING one the end of the current attempt's claim (an attempt that
 * never reports back, because its instance died, is made again after that).
 */
public record OutboxEntry(String id, OutgoingEmail email, DeliveryState state, int attempts, String lastError,
        Instant queuedAt, Instant nextAttemptAt, Instant sentAt) {

    /** The longest error text kept with an entry. */
    public static final int MAX_ERROR_LENGTH = 1000;

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
    }

    /** A new entry, due at once. */
    public static OutboxEntry queued(OutgoingEmail email, Instant now) {
        return new OutboxEntry(TimeOrderedIds.next(), email, DeliveryState.QUEUED, 0, null, now, now, null);
    }

    /** An error text cut to the length an entry keeps. */
    public static String errorText(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}

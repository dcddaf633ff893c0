package org.memberportal.application.mail;

import java.util.Objects;
import java.util.regex.Pattern;

import org.memberportal.domain.account.EmailAddress;

/**
 * One e-mail to send: the recipient, a subject, a plain-text and an HTML body of the same content,
 * and the kind of e-mail (such as {@code ACTIVATION}) that agents see in the outbox.
 *
 * <p>Bodies may carry secret links (activation, password reset): such an e-mail holds its token
 * as a {@link EmailSecret} and its bodies only the placeholder, until {@link #revealed()} when it is
 * sent. {@link #toString()} leaves the bodies out, and nothing may log them.
 */
public record OutgoingEmail(EmailAddress to, String recipientName, String subject, String textBody,
        String htmlBody, String kind, EmailSecret secret) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SUBJECT_LENGTH = 250;
    public static final int MAX_BODY_LENGTH = 60_000;

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public OutgoingEmail {
        Objects.requireNonNull(to, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "text body");
        Objects.requireNonNull(htmlBody, "HTML body");
        Objects.requireNonNull(kind, "kind");
        recipientName = recipientName == null || recipientName.isBlank() ? null : recipientName.strip();
        subject = subject.strip();
        if (recipientName != null) {
            requireOneLine("the recipient's name", recipientName, MAX_NAME_LENGTH);
        }
        requireOneLine("the subject", subject, MAX_SUBJECT_LENGTH);
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("an e-mail needs a subject");
        }
        if (textBody.length() > MAX_BODY_LENGTH || htmlBody.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("an e-mail body may have at most " + MAX_BODY_LENGTH + " characters");
        }
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("the kind of an e-mail is an upper-case name such as ACTIVATION");
        }
    }

    /** Header values must stay one line, or a value could add headers of its own. */
    private static void requireOneLine(String what, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " may have at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must be one line without control characters");
        }
    }

    /** An e-mail without a secret. */
    public OutgoingEmail(EmailAddress to, String recipientName, String subject, String textBody, String htmlBody,
            String kind) {
        this(to, recipientName, subject, textBody, htmlBody, kind, null);
    }

    /**
     * The e-mail as it goes to its recipient: the token in place of every placeholder. Only for
     * sending (or for an agent's eyes where no SMTP is configured); never stored.
     */
    public OutgoingEmail revealed() {
        if (secret == null) {
            return this;
        }
        if (!secret.isReadable()) {
            throw new IllegalStateException("the e-mail's secret can no longer be read");
        }
        return new OutgoingEmail(to, recipientName, subject, textBody.replace(EmailSecret.PLACEHOLDER, secret.value()),
                htmlBody.replace(EmailSecret.PLACEHOLDER, secret.value()), kind, null);
    }

    /** The same e-mail with its bodies dropped (kept no longer than the retention period). */
    public OutgoingEmail withoutBodies() {
        return new OutgoingEmail(to, recipientName, subject, "", "", kind, null);
    }

    @Override
    public String toString() {
        return "OutgoingEmail[" + kind + " to " + to + ", subject " + subject + ", bodies hidden]";
    }
}

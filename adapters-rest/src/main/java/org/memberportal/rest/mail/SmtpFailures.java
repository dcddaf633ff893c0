package org.memberportal.rest.mail;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.memberportal.application.mail.DeliveryFailure;

/**
 * Tells a failure that another attempt may cure from one it cannot. Only the server's 5xx answer to
 * the recipient is final: Jakarta Mail lists such a recipient among a {@link SendFailedException}'s
 * invalid addresses (a 4xx answer lists it as valid but unsent). Everything else, such as a refused
 * connection, a timeout, a 4xx reply, a failed login or a rejected message, is worth another try
 * later: the server may come back, its settings may be fixed, and an e-mail is never given up for
 * a reason that is not the recipient's.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static DeliveryFailure classify(MessagingException failure) {
        String reason = reasonOf(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return DeliveryFailure.permanent(reason, failure);
            }
        }
        return DeliveryFailure.temporary(reason, failure);
    }

    /** The messages along the chain (the server's reply among them), without class names. */
    static String reasonOf(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && messages.size() < 5; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(t.getMessage().strip());
            }
        }
        return messages.isEmpty() ? "the SMTP server could not be used" : String.join(": ", messages);
    }
}

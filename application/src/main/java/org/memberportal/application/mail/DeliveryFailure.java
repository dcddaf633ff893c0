package org.memberportal.application.mail;

import java.util.Objects;

/**
 * Why an e-mail was not handed over: for now (the SMTP server is down, slow or answered 4xx: try
 * again later) or for good (the server rejected the recipient or the message with 5xx).
 */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    private DeliveryFailure(boolean permanent, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.permanent = permanent;
    }

    public static DeliveryFailure temporary(String message, Throwable cause) {
        return new DeliveryFailure(false, message, cause);
    }

    public static DeliveryFailure permanent(String message, Throwable cause) {
        return new DeliveryFailure(true, message, cause);
    }

    /** True when trying again cannot help. */
    public boolean isPermanent() {
        return permanent;
    }
}

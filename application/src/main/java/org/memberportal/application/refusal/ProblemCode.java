package org.memberportal.application.refusal;

import java.util.Arrays;

/**
 * The problem codes a client can tell apart (docs/api.md): each names the cause of a refusal, and
 * its wire form is the last segment of the problem+json {@code type}.
 */
public enum ProblemCode {
    INVALID_REQUEST("invalid-request"),
    MALFORMED_JSON("malformed-json"),
    STALE_VERSION("stale-version"),
    LAST_PRIMARY("last-primary"),
    DUPLICATE_EMAIL("duplicate-email"),
    ALREADY_DECIDED("already-decided"),
    ALREADY_CONFIRMED("already-confirmed"),
    ALREADY_FULFILLED("already-fulfilled"),
    ALREADY_GRANTED("already-granted"),
    LINK_GONE("link-gone"),
    WEAK_PASSWORD("weak-password"),
    TOO_MANY_ATTEMPTS("too-many-attempts"),
    NOT_ELIGIBLE("not-eligible"),
    MAINTENANCE_PLAN_REQUIRED("maintenance-plan-required"),
    TICKET_CLOSED("ticket-closed"),
    EXPIRY_NEEDED("expiry-needed"),
    QUANTITY_LIMIT("quantity-limit"),
    INVALID_COUPON("invalid-coupon"),
    NOT_RESTARTABLE("not-restartable"),
    NOT_RUNNING("not-running"),
    CONCURRENT_CHANGE("concurrent-change"),
    ALREADY_REQUESTED("already-requested"),
    LAST_AGENT("last-agent"),
    SECOND_FACTOR_REQUIRED("second-factor-required"),
    SECOND_FACTOR_ENROLMENT_REQUIRED("second-factor-enrolment-required"),
    PASSWORD_CHANGE_REQUIRED("password-change-required"),
    SECOND_FACTOR_ON("second-factor-on"),
    INVALID_CODE("invalid-code"),
    COMPANY_NEEDED("company-needed"),
    TOPIC_LOCKED("topic-locked"),
    TOO_MANY_ATTACHMENTS("too-many-attachments"),
    ALREADY_SENT("already-sent"),
    NOT_A_DRAFT("not-a-draft"),
    MAILCHIMP_REFUSED("mailchimp-refused"),
    MAILCHIMP_UNAVAILABLE("mailchimp-unavailable");

    private final String wire;

    ProblemCode(String wire) {
        this.wire = wire;
    }

    /** The code as clients see it, such as {@code last-primary}. */
    public String wire() {
        return wire;
    }

    /** The constant of a code's wire form; a code not listed here is a programming error. */
    public static ProblemCode ofWire(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no problem code " + wire));
    }

    @Override
    public String toString() {
        return wire;
    }
}

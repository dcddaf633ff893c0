package org.memberportal.application.mail;

/** Where an e-mail of the outbox stands. */
public enum DeliveryState {
    /** Waiting for its first or next attempt. */
    QUEUED,
    /** Claimed by a relay that is sending it now. */
    SENDING,
    /** Handed to the SMTP server. */
    SENT,
    /** Refused for good (such as an unknown recipient); never tried again. */
    FAILED
}

package org.memberportal.application.mail;

import java.time.Instant;

/**
 * Where use cases put the e-mails their changes cause. Call it inside the use case's own
 * transaction: the e-mail is then written if and only if the change is, and the relay sends it
 * after the commit. (The adapter insists on a running transaction.)
 */
public interface Outbox {

    /** Queues an e-mail, due at {@code now}; returns the outbox entry's id. */
    String queue(OutgoingEmail email, Instant now);
}

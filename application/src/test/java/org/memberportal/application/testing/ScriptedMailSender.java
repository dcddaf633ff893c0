package org.memberportal.application.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.memberportal.application.mail.DeliveryFailure;
import org.memberportal.application.mail.MailSender;
import org.memberportal.application.mail.OutgoingEmail;

/**
 * A mail sender that accepts every e-mail unless told to fail the next ones; it keeps what it sent and
 * counts the connections opened.
 */
public final class ScriptedMailSender implements MailSender {

    public final List<OutgoingEmail> sent = new ArrayList<>();
    public int attempts;
    public int connections;
    private final Deque<DeliveryFailure> failures = new ArrayDeque<>();
    private boolean configured = true;

    public ScriptedMailSender notConfigured() {
        configured = false;
        return this;
    }

    /** The next attempts fail with these, one each, in order. */
    public ScriptedMailSender thenFail(DeliveryFailure... next) {
        failures.addAll(List.of(next));
        return this;
    }

    @Override
    public boolean isConfigured() {
        return configured;
    }

    @Override
    public Connection connect() {
        synchronized (this) {
            connections++;
        }
        return new Connection() {
            @Override
            public void send(OutgoingEmail email) throws DeliveryFailure {
                synchronized (ScriptedMailSender.this) {
                    attempts++;
                    DeliveryFailure failure = failures.poll();
                    if (failure != null) {
                        throw failure;
                    }
                    sent.add(email);
                }
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}

package org.memberportal.application.mail;

import java.time.Duration;

/** Sends the e-mails that are due; the relay's schedule calls it every few seconds. */
public interface RelayOutboxUseCase {

    /** One round: up to a batch of due e-mails, each sent and then marked. */
    RelayRound relayDue();

    /** Empties the bodies of e-mails sent or failed more than {@code retention} ago; answers how many. */
    int dropBodiesOlderThan(Duration retention);

    /** What a round did. {@code smtpConfigured} false: nothing was tried, the e-mails wait. */
    record RelayRound(boolean smtpConfigured, int sent, int retrying, int failed) {

        public static final RelayRound SMTP_NOT_CONFIGURED = new RelayRound(false, 0, 0, 0);

        public boolean didAnything() {
            return sent + retrying + failed > 0;
        }
    }
}

package org.memberportal.application.mail;

import java.time.Duration;
import java.util.concurrent.Executor;

/** Sends the e-mails that are due; the relay's schedule calls it every few seconds. */
public interface RelayOutboxUseCase {

    /**
     * One round: batches of due e-mails, each e-mail sent and then marked, until a claim finds fewer
     * than a batch due or the SMTP server fails for now. A batch's connections send side by side on
     * {@code senders}' threads.
     */
    RelayRound relayDue(Executor senders);

    /** A round with every connection on the calling thread, one after the other. */
    default RelayRound relayDue() {
        return relayDue(Runnable::run);
    }

    /** Empties the bodies of e-mails sent or failed more than {@code retention} ago; answers how many. */
    int dropBodiesOlderThan(Duration retention);

    /** What a round did. {@code smtpConfigured} false: nothing was tried, the e-mails wait. */
    record RelayRound(boolean smtpConfigured, int sent, int retrying, int failed) {

        public static final RelayRound SMTP_NOT_CONFIGURED = new RelayRound(false, 0, 0, 0);

        RelayRound plus(RelayRound other) {
            return new RelayRound(smtpConfigured, sent + other.sent, retrying + other.retrying, failed + other.failed);
        }

        public boolean didAnything() {
            return sent + retrying + failed > 0;
        }
    }
}

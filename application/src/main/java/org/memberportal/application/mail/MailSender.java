package org.memberportal.application.mail;

/** Hands e-mails to the mail system (SMTP). */
public interface MailSender {

    /** False while no SMTP server is configured: e-mails then wait in the outbox. */
    boolean isConfigured();

    /**
     * A connection for several e-mails in a row, opened at its first e-mail and opened again after
     * a failure. Not for several threads at once: each sender thread opens its own.
     */
    Connection connect();

    /** Sends one e-mail over a connection of its own. */
    default void send(OutgoingEmail email) throws DeliveryFailure {
        try (Connection connection = connect()) {
            connection.send(email);
        }
    }

    /** One conversation with the mail system; closing it never fails. */
    interface Connection extends AutoCloseable {

        /**
         * Sends the e-mail, or says why not. Returning means the server accepted it; a failure says
         * whether another attempt may succeed.
         */
        void send(OutgoingEmail email) throws DeliveryFailure;

        @Override
        void close();
    }
}

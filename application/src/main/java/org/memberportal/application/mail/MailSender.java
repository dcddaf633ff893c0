package org.memberportal.application.mail;

/** Hands one e-mail to the mail system (SMTP). */
public interface MailSender {

    /** False while no SMTP server is configured: e-mails then wait in the outbox. */
    boolean isConfigured();

    /**
     * Sends the e-mail, or says why not. Returning means the server accepted it; a failure says
     * whether another attempt may succeed.
     */
    void send(OutgoingEmail email) throws DeliveryFailure;
}

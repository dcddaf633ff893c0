package org.memberportal.rest.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.eclipse.microprofile.config.Config;
import org.memberportal.application.mail.DeliveryFailure;
import org.memberportal.application.mail.MailSender;
import org.memberportal.application.mail.OutgoingEmail;

/**
 * Sends e-mail over SMTP with Jakarta Mail (the runtime's Angus Mail): a connection carries many
 * e-mails in a row (one {@link Transport} per {@link Connection}), each a multipart/alternative
 * message with the plain text first and the HTML second. Never logs a body.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(SmtpMailSender.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;

    protected SmtpMailSender() {
        // for the CDI proxy
        this.settings = null;
        this.session = null;
        this.from = null;
    }

    @Inject
    public SmtpMailSender(Config config) {
        this(SmtpSettings.from(config).orElse(null));
    }

    /** {@code settings} null: SMTP is not configured. */
    public SmtpMailSender(SmtpSettings settings) {
        this.settings = settings;
        this.session = settings == null ? null : Session.getInstance(properties(settings));
        this.from = settings == null ? null : sender(settings.from());
    }

    private static Properties properties(SmtpSettings settings) {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        props.setProperty("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        props.setProperty("mail.smtp.timeout", String.valueOf(settings.readTimeout().toMillis()));
        props.setProperty("mail.smtp.writetimeout", String.valueOf(settings.readTimeout().toMillis()));
        props.setProperty("mail.smtp.auth", String.valueOf(settings.authenticates()));
        if (settings.startTls()) {
            // required, not just enabled: no silent fall-back to plain text, and the certificate must name the host
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
            props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (settings.smtps()) {
            // TLS from the first byte (SMTPS, usually port 465)
            props.setProperty("mail.smtp.ssl.enable", "true");
            props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return props;
    }

    private static InternetAddress sender(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("portal.smtp.from is not an e-mail address: " + from, e);
        }
    }

    /**
     * True also when the settings are refused ({@link #refusal()}): e-mails then wait, with their
     * links hidden, until the settings are fixed.
     */
    @Override
    public boolean isConfigured() {
        return settings != null;
    }

    /** Why these SMTP settings must not be used, if they must not. */
    public Optional<String> refusal() {
        return settings == null ? Optional.empty() : settings.refusal();
    }

    @Override
    public Connection connect() {
        return new SmtpConnection();
    }

    /**
     * One SMTP connection for e-mails in a row: opened at the first, kept while they go well, closed
     * after any failure (the server may be in the middle of a refused exchange) and opened again at
     * the next e-mail. A server may also end a connection it has carried e-mails over (a limit of
     * messages per connection, an idle time-out): an e-mail that fails for now on a reused connection
     * is tried once more on a new one before the failure counts.
     */
    private final class SmtpConnection implements Connection {

        /** Connected while not null: {@link Transport#isConnected()} would cost a NOOP per e-mail. */
        private Transport transport;

        @Override
        public void send(OutgoingEmail email) throws DeliveryFailure {
            if (settings == null) {
                throw DeliveryFailure.temporary("SMTP is not configured (PORTAL_SMTP_HOST)", null);
            }
            Optional<String> refused = settings.refusal();
            if (refused.isPresent()) {
                throw DeliveryFailure.temporary(refused.get(), null);
            }
            MimeMessage message = compose(email);
            boolean reused = transport != null;
            try {
                sendOver(message);
            } catch (DeliveryFailure failure) {
                if (!reused || failure.isPermanent()) {
                    throw failure;
                }
                sendOver(message);
            }
        }

        private void sendOver(MimeMessage message) throws DeliveryFailure {
            try {
                if (transport == null) {
                    Transport opened = session.getTransport();
                    opened.connect(settings.host(), settings.port(), settings.username(), settings.password());
                    transport = opened;
                }
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                close();
                throw SmtpFailures.classify(e);
            }
        }

        @Override
        public void close() {
            closeQuietly(transport);
            transport = null;
        }
    }

    private MimeMessage compose(OutgoingEmail email) throws DeliveryFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(email.to().value(), email.recipientName(), UTF_8));
            message.setSubject(email.subject(), UTF_8);
            message.setSentDate(new Date());

            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.textBody(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.htmlBody(), UTF_8, "html");
            // alternatives go from the plainest to the richest: a client shows the last one it can
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            // the same e-mail would fail the same way next time
            throw DeliveryFailure.permanent("the e-mail cannot be composed: " + SmtpFailures.reasonOf(e), e);
        }
    }

    /** Once the server took the e-mail, a failing goodbye must not make it look unsent. */
    private static void closeQuietly(Transport transport) {
        if (transport == null || !transport.isConnected()) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
        }
    }
}

package org.memberportal.rest.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * Where and how to send e-mail, from MicroProfile Config ({@code portal.smtp.*}, or the environment
 * variables {@code PORTAL_SMTP_*}). Without a host there is no SMTP: e-mails wait in the outbox.
 */
public record SmtpSettings(String host, int port, String username, String password, boolean startTls, String from,
        Duration connectTimeout, Duration readTimeout, boolean smtps) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("portal.smtp.port must be a TCP port, not " + port);
        }
        username = username == null || username.isBlank() ? null : username;
    }

    /** Without SMTPS, the older form. */
    public SmtpSettings(String host, int port, String username, String password, boolean startTls, String from,
            Duration connectTimeout, Duration readTimeout) {
        this(host, port, username, password, startTls, from, connectTimeout, readTimeout, false);
    }

    /**
     * Why the relay must not use these settings, if it must not: a login over a connection that is
     * not encrypted would hand the password (and then every link) to anyone on the way.
     */
    public Optional<String> refusal() {
        if (authenticates() && !startTls && !smtps) {
            return Optional.of("SMTP login as " + username + " is refused without TLS: set portal.smtp.starttls"
                    + " (PORTAL_SMTP_STARTTLS) or portal.smtp.smtps (PORTAL_SMTP_SMTPS) to true");
        }
        return Optional.empty();
    }

    /**
     * The settings, or empty when {@code portal.smtp.host} is not set; every other setting but the
     * login has its default in {@code microprofile-config.properties}.
     */
    public static Optional<SmtpSettings> from(Config config) {
        return config.getOptionalValue("portal.smtp.host", String.class)
                .filter(host -> !host.isBlank())
                .map(host -> new SmtpSettings(host.strip(),
                        config.getValue("portal.smtp.port", Integer.class),
                        config.getOptionalValue("portal.smtp.username", String.class).orElse(null),
                        config.getOptionalValue("portal.smtp.password", String.class).orElse(null),
                        config.getValue("portal.smtp.starttls", Boolean.class),
                        config.getValue("portal.smtp.from", String.class),
                        config.getValue("portal.smtp.connect-timeout", Duration.class),
                        config.getValue("portal.smtp.read-timeout", Duration.class),
                        config.getValue("portal.smtp.smtps", Boolean.class)));
    }

    public boolean authenticates() {
        return username != null;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + (authenticates() ? ", user " + username : "")
                + (startTls ? ", STARTTLS" : "") + (smtps ? ", SMTPS" : "") + "]";
    }
}

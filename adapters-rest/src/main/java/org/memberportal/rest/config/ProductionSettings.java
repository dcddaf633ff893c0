package org.memberportal.rest.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.memberportal.rest.session.Pbkdf2PasswordHasher;

/**
 * The settings a portal that customers reach cannot do without. Each has a harmless default for a
 * laptop's first run, and each default is unsafe in production: links over plain http, e-mails
 * (with their links) waiting for an agent to read them, the outbox's key kept beside what it
 * protects, every user one client behind a load balancer nobody named, passwords hashed at a test
 * run's strength.
 */
record ProductionSettings(URI publicUrl, Optional<String> smtpHost, Optional<String> outboxKey,
        Optional<String> trustedProxies, int passwordIterations) {

    static ProductionSettings from(Config config) {
        return new ProductionSettings(config.getValue("portal.public.url", URI.class),
                nonBlank(config.getOptionalValue("portal.smtp.host", String.class)),
                nonBlank(config.getOptionalValue("portal.outbox.key", String.class)),
                nonBlank(config.getOptionalValue("portal.trusted-proxies", String.class)),
                config.getValue("portal.password.iterations", Integer.class));
    }

    /** One sentence per missing setting, naming the variable that sets it; empty when none is missing. */
    List<String> refusals() {
        List<String> refusals = new ArrayList<>();
        if (!"https".equalsIgnoreCase(publicUrl.getScheme())) {
            refusals.add("PORTAL_PUBLIC_URL must be an https URL in production, not " + publicUrl);
        }
        if (smtpHost.isEmpty()) {
            refusals.add("PORTAL_SMTP_HOST must name the SMTP server in production");
        }
        if (outboxKey.isEmpty()) {
            refusals.add("PORTAL_OUTBOX_KEY must be set in production (openssl rand -base64 32), not kept in the database");
        }
        if (trustedProxies.isEmpty()) {
            refusals.add("PORTAL_TRUSTED_PROXIES must be set in production: the proxies' addresses or ranges, or none");
        }
        if (passwordIterations < Pbkdf2PasswordHasher.OWASP_MINIMUM_ITERATIONS) {
            refusals.add("PORTAL_PASSWORD_ITERATIONS must be at least " + Pbkdf2PasswordHasher.OWASP_MINIMUM_ITERATIONS
                    + " in production (OWASP's advice for PBKDF2-HMAC-SHA512), not " + passwordIterations);
        }
        return refusals;
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.filter(text -> !text.isBlank());
    }
}

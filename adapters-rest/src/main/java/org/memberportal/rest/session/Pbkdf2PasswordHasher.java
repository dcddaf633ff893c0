package org.memberportal.rest.session;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.secret.PasswordHasher;

/**
 * Passwords hashed with PBKDF2-HMAC-SHA512 through Jakarta Security, at OWASP's advice of at least
 * 210,000 iterations in production (the production gate refuses fewer). A test run may set fewer:
 * the suite makes hundreds of accounts, each costing a quarter of a second of a core at full
 * strength. A stored hash names its own algorithm and parameters
 * ({@code algorithm:iterations:salt:hash}), so older ones (PBKDF2-HMAC-SHA256, fewer iterations)
 * still verify, and {@link #isCurrent} tells the login to replace them.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    /** OWASP's advice for PBKDF2-HMAC-SHA512, the least production accepts. */
    public static final int OWASP_MINIMUM_ITERATIONS = 210_000;
    /** Jakarta Security's implementation refuses fewer. */
    static final int JAKARTA_SECURITY_MINIMUM_ITERATIONS = 1024;
    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final Logger LOG = Logger.getLogger(Pbkdf2PasswordHasher.class.getName());

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "portal.password.iterations")
    int iterations;

    @PostConstruct
    void configure() {
        if (iterations < JAKARTA_SECURITY_MINIMUM_ITERATIONS) {
            throw new IllegalStateException("PORTAL_PASSWORD_ITERATIONS must be at least "
                    + JAKARTA_SECURITY_MINIMUM_ITERATIONS + ", not " + iterations);
        }
        if (iterations < OWASP_MINIMUM_ITERATIONS) {
            LOG.warning(() -> "Passwords are hashed with " + iterations + " PBKDF2 iterations, fewer than "
                    + OWASP_MINIMUM_ITERATIONS + ": fit for tests only; production refuses to start so");
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    @Override
    public boolean isCurrent(String hash) {
        return isCurrent(hash, iterations);
    }

    static boolean isCurrent(String hash, int iterations) {
        String[] parts = hash.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        try {
            return Integer.parseInt(parts[1]) >= iterations;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

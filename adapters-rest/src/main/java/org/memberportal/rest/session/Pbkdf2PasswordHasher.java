package org.memberportal.rest.session;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.secret.PasswordHasher;

/**
 * Passwords hashed with PBKDF2-HMAC-SHA512 through Jakarta Security, at OWASP's advice of at least
 * 210,000 iterations. A stored hash names its own algorithm and parameters
 * ({@code algorithm:iterations:salt:hash}), so older ones (PBKDF2-HMAC-SHA256, fewer iterations)
 * still verify, and {@link #isCurrent} tells the login to replace them.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    static final int MIN_ITERATIONS = 210_000;
    static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "portal.password.iterations")
    int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    private int iterations() {
        return Math.max(iterations, MIN_ITERATIONS);
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
        return isCurrent(hash, iterations());
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

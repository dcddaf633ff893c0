package org.memberportal.rest.identity;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.secret.PasswordHasher;

/**
 * Passwords hashed with PBKDF2-HMAC-SHA256 through Jakarta Security. The iteration count follows
 * OWASP's advice (at least 210,000); a stored hash names its own parameters, so raising the count
 * later keeps old hashes readable.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    static final int MIN_ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "portal.password.iterations")
    int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(Math.max(iterations, MIN_ITERATIONS)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}

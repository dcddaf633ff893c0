package org.memberportal.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.PasswordStrength;

/**
 * The password rules of OWASP ASVS 2.1: 12 to 128 characters, any characters, no composition
 * rules, and nothing easily guessed (common passwords, words and names, keyboard walks, dates),
 * which {@link PasswordStrength} estimates.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final PasswordStrength strength;

    protected PasswordPolicy() {
        this(null); // for the CDI proxy
    }

    @Inject
    public PasswordPolicy(PasswordStrength strength) {
        this.strength = strength;
    }

    public void check(char[] password) {
        int length = new String(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw Refusal.invalid(ProblemCode.WEAK_PASSWORD,
                    "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters; a passphrase of a few words is fine.");
        }
        strength.weakness(password).ifPresent(weakness -> {
            throw Refusal.invalid(ProblemCode.WEAK_PASSWORD,
                    weakness + " Choose another: a few words nobody would put together are fine.");
        });
    }
}

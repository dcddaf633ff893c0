package org.memberportal.application.testing;

import java.util.Optional;
import java.util.Set;

import org.memberportal.application.account.PasswordPolicy;
import org.memberportal.application.secret.PasswordStrength;

/** A stand-in for the estimator: a handful of passwords it knows as guessed, every other one strong. */
public final class GuessedPasswords implements PasswordStrength {

    public static final Set<String> GUESSED = Set.of("password1234", "123456789012", "qwertyuiopas", "qwerty123456");

    public static PasswordPolicy policy() {
        return new PasswordPolicy(new GuessedPasswords());
    }

    @Override
    public Optional<String> weakness(char[] password) {
        return GUESSED.contains(new String(password)) ? Optional.of("This is a top-10 common password.")
                : Optional.empty();
    }
}

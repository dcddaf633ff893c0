package org.memberportal.application.secret;

import java.util.Optional;

/** How easily a password is guessed: by a maintained estimator, never a list kept by hand. */
public interface PasswordStrength {

    /** Why this password is easy to guess, in a sentence for its owner; empty when it is not. */
    Optional<String> weakness(char[] password);
}

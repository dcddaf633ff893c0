package org.memberportal.application.secret;

/** Turns passwords into slow, salted hashes and checks a password against one. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String hash);

    /**
     * Whether a stored hash was made with today's algorithm and parameters; an older one is
     * replaced at the next login, when the password is at hand.
     */
    boolean isCurrent(String hash);
}

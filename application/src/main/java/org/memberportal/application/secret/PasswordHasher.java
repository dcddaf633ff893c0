package org.memberportal.application.secret;

/** Turns passwords into slow, salted hashes and checks a password against one. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String hash);
}

package org.memberportal.application.identity;

/** Turns passwords into slow, salted hashes and checks a password against one. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String hash);
}

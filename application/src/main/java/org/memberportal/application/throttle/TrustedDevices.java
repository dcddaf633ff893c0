package org.memberportal.application.throttle;

import java.time.Instant;

/**
 * The clients that signed in to an account before, known by the device token they were given
 * (only its hash is kept): OWASP's "device cookies", so that nobody can keep an account's owner
 * out by failing sign-ins to it from elsewhere.
 */
public interface TrustedDevices {

    void trust(String tokenHash, String subject, Instant expiresAt);

    /** Whether this token was given to a client of this subject (the hash of an account's address) and still holds. */
    boolean trusts(String tokenHash, String subject, Instant now);

    /** Forgets the tokens that no longer hold at {@code now}. */
    int purgeExpired(Instant now);
}

package org.memberportal.application.secondfactor;

import java.time.Instant;
import java.util.OptionalLong;

/** TOTP (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits), the codes of authenticator apps. */
public interface OneTimeCodes {

    /** A new random secret in Base32, the form authenticator apps take it in. */
    String newSecret();

    /**
     * The time step whose code this is, looking at the step of {@code at} and the one before and
     * after it (a phone's clock and a typing person lag a little); empty when it is none of them.
     */
    OptionalLong stepOf(String secret, String code, Instant at);
}

package org.memberportal.rest.secondfactor;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.memberportal.application.secondfactor.OneTimeCodes;

/**
 * TOTP as authenticator apps compute it (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits), through
 * java-otp; secrets are 160 random bits (RFC 4226's recommended length) in Base32 without padding.
 */
@ApplicationScoped
public class TotpCodes implements OneTimeCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, 6,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    @Override
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    @Override
    public OptionalLong stepOf(String secret, String code, Instant at) {
        if (secret.isEmpty() || code == null || !SIX_DIGITS.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret.toUpperCase(Locale.ROOT)),
                totp.getAlgorithm());
        long now = at.getEpochSecond() / STEP.getSeconds();
        for (long step = now - 1; step <= now + 1; step++) {
            if (codeAt(key, Instant.ofEpochSecond(step * STEP.getSeconds())).equals(code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of the step {@code at} falls in. */
    String codeAt(SecretKeySpec key, Instant at) {
        try {
            return totp.generateOneTimePasswordString(key, at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA-1 key of any length is valid", e);
        }
    }
}

package org.memberportal.application.audience;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.memberportal.domain.account.EmailAddress;

/**
 * Mailchimp's key of a member: the MD5 hex of the address lower-cased with {@link Locale#ROOT}.
 * A hash of an address in any other case names nobody (404, or "Member Exists" on create).
 */
public record SubscriberHash(String value) {

    public static SubscriberHash of(EmailAddress email) {
        return of(email.value());
    }

    public static SubscriberHash of(String address) {
        String lowerCased = address.strip().toLowerCase(Locale.ROOT);
        return new SubscriberHash(HexFormat.of().formatHex(md5().digest(lowerCased.getBytes(StandardCharsets.UTF_8))));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.memberportal.rest.audience;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The secret path segment of Mailchimp's webhook (MAILCHIMP_WEBHOOK_SECRET). Compared in constant
 * time, over SHA-256 digests so that not even the length shows; no secret configured matches
 * nothing. Never logged: {@link #toString()} hides it.
 */
public final class WebhookSecret {

    private final byte[] digest;

    private WebhookSecret(byte[] digest) {
        this.digest = digest;
    }

    public static WebhookSecret of(Optional<String> configured) {
        return new WebhookSecret(configured.map(String::strip).filter(s -> !s.isEmpty())
                .map(WebhookSecret::sha256).orElse(null));
    }

    public boolean matches(String candidate) {
        if (digest == null || candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(candidate));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return digest == null ? "WebhookSecret[not set]" : "WebhookSecret[hidden]";
    }
}

package org.memberportal.rest.audience;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The secret path segment of Mailchimp's webhook (MAILCHIMP_WEBHOOK_SECRET). Compared in constant
 * time, over SHA-256 digests so that not even the length shows; no secret configured matches
 * nothing. A secret shorter than {@value #SHORTEST} characters is refused as if unset: the path is
 * the webhook's only protection, so it must not be guessable. Never logged: {@link #toString()}
 * hides it.
 */
public final class WebhookSecret {

    public static final int SHORTEST = 32;

    private static final Logger LOG = Logger.getLogger(WebhookSecret.class.getName());

    private final byte[] digest;

    private WebhookSecret(byte[] digest) {
        this.digest = digest;
    }

    public static WebhookSecret of(Optional<String> configured) {
        Optional<String> secret = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (secret.isPresent() && secret.get().length() < SHORTEST) {
            LOG.severe(() -> "MAILCHIMP_WEBHOOK_SECRET has " + secret.get().length() + " characters, fewer than "
                    + SHORTEST + ": the Mailchimp webhook is off (answers 404) until a longer secret is set");
            return new WebhookSecret(null);
        }
        return new WebhookSecret(secret.map(WebhookSecret::sha256).orElse(null));
    }

    /** Whether a secret is set and long enough, so that the webhook answers at all. */
    public boolean isSet() {
        return digest != null;
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

package org.memberportal.persistence.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.memberportal.application.lifecycle.DatabaseReady;

/**
 * Encrypts the link tokens the outbox keeps until their e-mails are sent, and the secrets of second
 * factors (which the identity store seals with the holder as associated data): AES-256-GCM from the JDK,
 * a fresh 96-bit nonce per token, the row's id as associated data (a sealed token copied to another
 * row does not open). The key is {@code portal.outbox.key} (PORTAL_OUTBOX_KEY, 32 random bytes in
 * Base64); without one, a key generated once for the database and kept in it, which a laptop's
 * first run may live with but a backup then opens: start-up says so.
 */
@ApplicationScoped
public class OutboxSecretCipher {

    static final String KEY_SETTING = "portal.outbox.key";

    private static final Logger LOG = Logger.getLogger(OutboxSecretCipher.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FORMAT = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    Config config;

    @Inject
    OutboxKeyStore store;

    private volatile SecretKey key;

    /** For the container. */
    public OutboxSecretCipher() {
    }

    private OutboxSecretCipher(SecretKey key) {
        this.key = key;
    }

    /** A cipher with this key (32 bytes), outside the container. */
    public static OutboxSecretCipher withKey(byte[] key) {
        return new OutboxSecretCipher(aesKey(key));
    }

    /** Reads or makes the key at start-up, so that a wrong setting stops the portal at once. */
    void prepare(@Observes DatabaseReady ready) {
        key();
    }

    /** {@code v1:} and the Base64 of nonce and ciphertext with its tag. */
    public String seal(String rowId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher aes = cipher(Cipher.ENCRYPT_MODE, nonce, rowId);
            byte[] sealed = aes.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to encrypt", e);
        }
    }

    /** The secret, or empty when it does not open with this key for this row. */
    public Optional<String> open(String rowId, String sealed) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher aes = cipher(Cipher.DECRYPT_MODE, nonce, rowId);
            byte[] plain = aes.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            // another key, or a damaged value: the relay marks the e-mail failed instead of sending it
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String rowId) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
        aes.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
        return aes;
    }

    private SecretKey key() {
        SecretKey known = key;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (key == null) {
                key = aesKey(config.getOptionalValue(KEY_SETTING, String.class).filter(v -> !v.isBlank())
                        .map(OutboxSecretCipher::parseKey)
                        .orElseGet(this::databaseKey));
            }
            return key;
        }
    }

    private byte[] databaseKey() {
        LOG.warning("No outbox key is configured (PORTAL_OUTBOX_KEY): the link tokens of unsent e-mails and the"
                + " secrets of second factors are"
                + " encrypted with a key kept in the database, so a backup of it can open them. Configure 32"
                + " random bytes in Base64 (e.g. `openssl rand -base64 32`) in production.");
        Optional<String> stored = store.stored();
        if (stored.isEmpty()) {
            byte[] fresh = new byte[KEY_BYTES];
            RANDOM.nextBytes(fresh);
            try {
                store.store(Base64.getEncoder().encodeToString(fresh), Instant.now());
            } catch (RuntimeException e) {
                // another instance stored its key first: that one is read below
                LOG.fine(() -> "The outbox key was stored by another instance: " + e);
            }
            stored = store.stored();
        }
        return parseKey(stored.orElseThrow(() -> new IllegalStateException("the outbox key could not be stored")));
    }

    /** 32 bytes in Base64, or a start-up failure that says what is wrong (never the value). */
    static byte[] parseKey(String configured) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(KEY_SETTING + " (PORTAL_OUTBOX_KEY) is not Base64", e);
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException(KEY_SETTING + " (PORTAL_OUTBOX_KEY) must be " + KEY_BYTES
                    + " bytes in Base64 (e.g. `openssl rand -base64 32`), not " + raw.length);
        }
        return raw;
    }

    private static SecretKey aesKey(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("an outbox key has " + KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }
}

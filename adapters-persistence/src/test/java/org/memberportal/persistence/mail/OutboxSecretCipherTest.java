package org.memberportal.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class OutboxSecretCipherTest {

    private static final byte[] KEY = new byte[32];
    private final OutboxSecretCipher cipher = OutboxSecretCipher.withKey(KEY);

    @Test
    void aSealedTokenOpensForItsRowOnly() {
        String sealed = cipher.seal("row-1", "the-token");

        assertThat(sealed).startsWith("v1:").doesNotContain("the-token");
        assertThat(cipher.open("row-1", sealed)).contains("the-token");
        assertThat(cipher.open("row-2", sealed)).as("copied to another row").isEmpty();
    }

    @Test
    void eachSealingUsesAFreshNonce() {
        assertThat(cipher.seal("row-1", "the-token")).isNotEqualTo(cipher.seal("row-1", "the-token"));
    }

    @Test
    void anotherKeyOrADamagedValueOpensNothing() {
        byte[] other = new byte[32];
        other[0] = 1;
        String sealed = cipher.seal("row-1", "the-token");
        String damaged = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");

        assertThat(OutboxSecretCipher.withKey(other).open("row-1", sealed)).isEmpty();
        assertThat(cipher.open("row-1", damaged)).isEmpty();
        assertThat(cipher.open("row-1", "v1:not base64!")).isEmpty();
        assertThat(cipher.open("row-1", "plain")).isEmpty();
    }

    @Test
    void aConfiguredKeyIs32BytesInBase64() {
        assertThat(OutboxSecretCipher.parseKey(Base64.getEncoder().encodeToString(KEY))).hasSize(32);
        assertThatThrownBy(() -> OutboxSecretCipher.parseKey(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("PORTAL_OUTBOX_KEY").hasMessageContaining("32");
        assertThatThrownBy(() -> OutboxSecretCipher.parseKey("not base64 at all!"))
                .hasMessageContaining("PORTAL_OUTBOX_KEY");
    }
}

package org.memberportal.rest.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

    @Test
    void onlyASha512HashWithEnoughIterationsIsCurrent() {
        assertThat(Pbkdf2PasswordHasher.isCurrent("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==", 210_000)).isTrue();
        assertThat(Pbkdf2PasswordHasher.isCurrent("PBKDF2WithHmacSHA512:300000:c2FsdA==:aGFzaA==", 210_000)).isTrue();
        assertThat(Pbkdf2PasswordHasher.isCurrent("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==", 300_000)).isFalse();
        assertThat(Pbkdf2PasswordHasher.isCurrent("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", 210_000)).isFalse();
        assertThat(Pbkdf2PasswordHasher.isCurrent("something else", 210_000)).isFalse();
    }
}

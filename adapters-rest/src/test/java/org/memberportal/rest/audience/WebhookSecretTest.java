package org.memberportal.rest.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    private static final String LONG_ENOUGH = "it-webhook-secret-7f3a9c-5e1d08b2a4";

    @Test
    void aSecretOfAtLeast32CharactersMatchesOnlyItself() {
        WebhookSecret secret = WebhookSecret.of(Optional.of(" " + LONG_ENOUGH + " "));

        assertThat(secret.isSet()).isTrue();
        assertThat(secret.matches(LONG_ENOUGH)).isTrue();
        assertThat(secret.matches(LONG_ENOUGH + "x")).isFalse();
        assertThat(secret.toString()).doesNotContain(LONG_ENOUGH);
    }

    @Test
    void aSecretShorterThan32CharactersIsRefusedAsIfUnset() {
        String short31 = "a".repeat(WebhookSecret.SHORTEST - 1);
        WebhookSecret secret = WebhookSecret.of(Optional.of(short31));

        assertThat(secret.isSet()).isFalse();
        assertThat(secret.matches(short31)).isFalse();
        assertThat(WebhookSecret.of(Optional.of("a".repeat(WebhookSecret.SHORTEST))).isSet()).isTrue();
    }

    @Test
    void noSecretMatchesNothing() {
        assertThat(WebhookSecret.of(Optional.empty()).matches("")).isFalse();
        assertThat(WebhookSecret.of(Optional.of("   ")).isSet()).isFalse();
    }
}

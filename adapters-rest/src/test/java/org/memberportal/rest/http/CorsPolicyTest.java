package org.memberportal.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    @Test
    void closedUnlessOriginsAreNamed() {
        assertThat(CorsPolicy.of(Optional.empty()).allows("https://evil.example")).isFalse();
        assertThat(CorsPolicy.of(Optional.of(" ")).allows("https://evil.example")).isFalse();
        assertThat(CorsPolicy.of(Optional.of("https://console.example")).allows(null)).isFalse();
    }

    @Test
    void onlyTheNamedOriginsExactly() {
        CorsPolicy policy = CorsPolicy.of(Optional.of("https://console.example, https://Other.example/"));

        assertThat(policy.allows("https://console.example")).isTrue();
        assertThat(policy.allows("https://other.example")).isTrue();
        assertThat(policy.allows("http://console.example")).as("another scheme").isFalse();
        assertThat(policy.allows("https://console.example.evil.example")).isFalse();
        assertThat(policy.allows("https://console.example:8443")).as("another port").isFalse();
    }

    @Test
    void noWildcard() {
        assertThatThrownBy(() -> CorsPolicy.of(Optional.of("*"))).hasMessageContaining("PORTAL_CORS_ORIGINS");
    }
}

package org.memberportal.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RelayPolicyTest {

    @ParameterizedTest(name = "after {0} failed attempts wait {1}")
    @CsvSource({
        "1, PT30S",
        "2, PT1M",
        "3, PT2M",
        "4, PT4M",
        "7, PT32M",
        "8, PT1H",
        "9, PT1H",
        "1000, PT1H",
        "2147483647, PT1H",
    })
    void theStandardBackoffDoublesUpToAnHour(int failedAttempts, Duration wait) {
        assertThat(RelayPolicy.STANDARD.retryDelayAfter(failedAttempts)).isEqualTo(wait);
    }

    @Test
    void aRetryFollowsAFailure() {
        assertThatThrownBy(() -> RelayPolicy.STANDARD.retryDelayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRelaySendsOverOneToSixteenConnections() {
        assertThatThrownBy(() -> RelayPolicy.STANDARD.withConnections(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelayPolicy.STANDARD.withConnections(17)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RelayPolicy.STANDARD.withConnections(16).connections()).isEqualTo(16);
    }

    @Test
    void theMaximumIsNotShorterThanTheFirstWait() {
        assertThatThrownBy(() -> new RelayPolicy(10, Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofMinutes(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.memberportal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class SyncScheduleTest {

    @Test
    void theScheduleIsADurationOrOff() {
        assertThat(SyncSchedule.every("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(SyncSchedule.every(" pt1h ")).isEqualTo(Duration.ofHours(1));
        assertThat(SyncSchedule.every("PT0.1S")).isEqualTo(Duration.ofSeconds(1));
        assertThat(SyncSchedule.every("off")).isNull();
        assertThat(SyncSchedule.every("")).isNull();
        assertThatThrownBy(() -> SyncSchedule.every("every 15 minutes")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void holdersNameTheExecutionAndTheInstance() {
        assertThat(Holders.of(42)).startsWith("execution 42 on ").isNotEqualTo(Holders.of(43));
    }
}

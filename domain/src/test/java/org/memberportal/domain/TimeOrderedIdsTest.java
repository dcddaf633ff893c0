package org.memberportal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void areVersion7AndSortInTheOrderTheyWereMadeAcrossMilliseconds() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(TimeOrderedIds.next());
            Thread.sleep(2);
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> {
            assertThat(UUID.fromString(id).version()).isEqualTo(7);
            assertThat(UUID.fromString(id).variant()).isEqualTo(2);
        });
    }

    @Test
    void sortInTheOrderTheyWereMadeWithinOneMillisecondToo() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next());
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(7));
    }

    @Test
    void aFullCounterMovesOnToTheNextMillisecondKeepingTheVersion() {
        long millis = 1_800_000_000_000L;
        long full = (millis << 16) | (0x7L << 12) | 0xFFF;

        long next = TimeOrderedIds.after(full, full);

        assertThat(next).isGreaterThan(full);
        assertThat(next >>> 16).isEqualTo(millis + 1);
        assertThat((next >>> 12) & 0xF).isEqualTo(7);
    }
}

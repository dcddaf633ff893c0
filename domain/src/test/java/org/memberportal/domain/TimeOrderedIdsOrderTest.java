package org.memberportal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Ids made in a burst, many within one millisecond, still sort in the order they were made. */
class TimeOrderedIdsOrderTest {

    @Test
    void idsOfOneMillisecondStillIncrease() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(TimeOrderedIds.next());
        }

        assertThat(ids).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(7));
    }
}

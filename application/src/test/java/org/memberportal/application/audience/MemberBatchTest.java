package org.memberportal.application.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.account.EmailAddress;

class MemberBatchTest {

    @Test
    void holdsUpToFiveHundredMembers() {
        assertThat(MemberBatch.of(members(500)).size()).isEqualTo(500);
        assertThat(MemberBatch.of(members(1)).size()).isEqualTo(1);
    }

    @Test
    void refusesAnEmptyBatchAndOneOverMailchimpsCap() {
        assertThatThrownBy(() -> MemberBatch.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberBatch.of(members(501))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOneAddressTwiceWhateverItsCase() {
        List<MemberState> twice = List.of(member("jane@example.com"), member("JANE@example.com"));

        assertThatThrownBy(() -> MemberBatch.of(twice)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<MemberState> members(int count) {
        return IntStream.range(0, count).mapToObj(i -> member("member" + i + "@example.com")).toList();
    }

    private static MemberState member(String address) {
        return new MemberState(EmailAddress.of(address), AudienceStatus.SUBSCRIBED, MergeFields.NONE, Set.of());
    }
}

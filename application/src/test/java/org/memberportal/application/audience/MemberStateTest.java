package org.memberportal.application.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memberportal.domain.account.EmailAddress;

class MemberStateTest {

    private static final EmailAddress JANE = EmailAddress.of("jane@example.com");

    @ParameterizedTest
    @EnumSource(value = AudienceStatus.class, names = {"SUBSCRIBED", "UNSUBSCRIBED", "PENDING"})
    void thePortalAsksForSubscribedUnsubscribedOrPending(AudienceStatus status) {
        assertThat(new MemberState(JANE, status, MergeFields.NONE, Set.of()).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(value = AudienceStatus.class, names = {"CLEANED", "TRANSACTIONAL", "ARCHIVED"})
    void onlyMailchimpGivesTheOtherStatuses(AudienceStatus status) {
        assertThatThrownBy(() -> new MemberState(JANE, status, MergeFields.NONE, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMailingNotOptedIntoIsOptedOutOf() {
        MemberState state = new MemberState(JANE, AudienceStatus.SUBSCRIBED, MergeFields.NONE,
                Set.of(Mailing.UPDATE_NOTICES));

        assertThat(state.isOptedInto(Mailing.UPDATE_NOTICES)).isTrue();
        assertThat(state.isOptedInto(Mailing.TRAINING_NEWSLETTER)).isFalse();
    }

    @Test
    void missingMergeFieldsAreEmptySoTheyClearInMailchimp() {
        MemberState state = new MemberState(JANE, AudienceStatus.SUBSCRIBED, null, Set.of());
        MergeFields partial = new MergeFields("Jane", null, " Acme ", null);

        assertThat(state.mergeFields()).isEqualTo(new MergeFields("", "", "", ""));
        assertThat(partial).isEqualTo(new MergeFields("Jane", "", "Acme", ""));
    }
}

package org.memberportal.application.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.MemberOutcome.Result;
import org.memberportal.domain.account.EmailAddress;

class MemberOutcomeTest {

    private static final EmailAddress JANE = EmailAddress.of("jane@example.com");

    @Test
    void createdAndUpdatedMembersAreWrittenTheOthersAreNot() {
        assertThat(MemberOutcome.created(JANE).isWritten()).isTrue();
        assertThat(MemberOutcome.updated(JANE).isWritten()).isTrue();
        assertThat(MemberOutcome.rejected(JANE, RejectionReason.INVALID_ADDRESS, "looks fake").isWritten()).isFalse();
        assertThat(MemberOutcome.unconfirmed(JANE).isWritten()).isFalse();
    }

    @Test
    void aReasonGoesWithARejectionOnly() {
        assertThatThrownBy(() -> new MemberOutcome(JANE, Result.REJECTED, null, "no reason"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemberOutcome(JANE, Result.UPDATED, RejectionReason.OTHER, "why"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

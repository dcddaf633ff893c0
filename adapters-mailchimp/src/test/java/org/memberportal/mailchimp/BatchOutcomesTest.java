package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.audience.BatchOutcome;
import org.memberportal.application.audience.MemberBatch;
import org.memberportal.application.audience.MemberOutcome;
import org.memberportal.application.audience.MemberOutcome.Result;
import org.memberportal.application.audience.MemberState;
import org.memberportal.application.audience.MergeFields;
import org.memberportal.application.audience.RejectionReason;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.mailchimp.api.BatchAnswer;
import org.memberportal.mailchimp.api.BatchAnswer.BatchError;
import org.memberportal.mailchimp.api.BatchAnswer.WrittenMember;

class BatchOutcomesTest {

    @Test
    void givesEveryMemberOfTheBatchItsOutcomeInTheBatchsOrder() {
        MemberBatch batch = MemberBatch.of(List.of(state("new@example.com"), state("Old@Example.com"),
                state("fake@example.com"), state("silent@example.com")));
        BatchAnswer answer = new BatchAnswer(
                List.of(member("new@example.com")),
                List.of(member("old@example.com")), // Mailchimp may answer in another case
                List.of(new BatchError("fake@example.com",
                        "fake@example.com looks fake or invalid, please enter a real email address.", "ERROR_GENERIC",
                        "email_address", "Invalid")),
                1, 1, 1);

        BatchOutcome outcome = BatchOutcomes.of(batch, answer);

        assertThat(outcome.outcomes()).extracting(MemberOutcome::result)
                .containsExactly(Result.CREATED, Result.UPDATED, Result.REJECTED, Result.UNCONFIRMED);
        MemberOutcome rejected = outcome.of(EmailAddress.of("fake@example.com")).orElseThrow();
        assertThat(rejected.reason()).isEqualTo(RejectionReason.INVALID_ADDRESS);
        assertThat(rejected.detail()).contains("looks fake or invalid").contains("ERROR_GENERIC").contains("email_address");
    }

    private static MemberState state(String address) {
        return new MemberState(EmailAddress.of(address), AudienceStatus.SUBSCRIBED, MergeFields.NONE, Set.of());
    }

    private static WrittenMember member(String address) {
        return new WrittenMember(address);
    }
}

package org.memberportal.application.audience;

import java.util.List;
import java.util.Optional;

import org.memberportal.domain.account.EmailAddress;

/** What became of each member of one batch, in the batch's order. */
public record BatchOutcome(List<MemberOutcome> outcomes) {

    public BatchOutcome {
        outcomes = List.copyOf(outcomes);
    }

    public Optional<MemberOutcome> of(EmailAddress email) {
        return outcomes.stream().filter(outcome -> outcome.email().equals(email)).findFirst();
    }

    public long count(MemberOutcome.Result result) {
        return outcomes.stream().filter(outcome -> outcome.result() == result).count();
    }

    public List<MemberOutcome> rejected() {
        return outcomes.stream().filter(outcome -> outcome.result() == MemberOutcome.Result.REJECTED).toList();
    }
}

package org.memberportal.mailchimp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.memberportal.application.audience.BatchOutcome;
import org.memberportal.application.audience.MemberBatch;
import org.memberportal.application.audience.MemberOutcome;
import org.memberportal.application.audience.MemberState;
import org.memberportal.mailchimp.api.BatchAnswer;
import org.memberportal.mailchimp.api.BatchAnswer.BatchError;
import org.memberportal.mailchimp.api.BatchAnswer.WrittenMember;

/**
 * Reads a batch subscribe's answer member by member. Mailchimp lists each member it created,
 * updated or refused, by address; a member it does not mention is reported as unconfirmed rather
 * than assumed written.
 */
final class BatchOutcomes {

    private BatchOutcomes() {
    }

    static BatchOutcome of(MemberBatch batch, BatchAnswer answer) {
        Map<String, BatchError> errors = new HashMap<>();
        answer.errors().forEach(error -> errors.putIfAbsent(key(error.emailAddress()), error));
        Map<String, Boolean> written = new HashMap<>();
        answer.newMembers().forEach(member -> written.put(key(member), Boolean.TRUE));
        answer.updatedMembers().forEach(member -> written.putIfAbsent(key(member), Boolean.FALSE));

        List<MemberOutcome> outcomes = batch.members().stream()
                .map(member -> outcomeOf(member, errors, written))
                .toList();
        return new BatchOutcome(outcomes);
    }

    private static MemberOutcome outcomeOf(MemberState member, Map<String, BatchError> errors,
            Map<String, Boolean> written) {
        String key = member.email().key();
        BatchError error = errors.get(key);
        if (error != null) {
            return MemberOutcome.rejected(member.email(), ErrorClassifier.reasonOfMemberError(error.error()),
                    describe(error));
        }
        Boolean created = written.get(key);
        if (created == null) {
            return MemberOutcome.unconfirmed(member.email());
        }
        return created ? MemberOutcome.created(member.email()) : MemberOutcome.updated(member.email());
    }

    private static String describe(BatchError error) {
        StringBuilder text = new StringBuilder(error.error() == null ? "refused" : error.error());
        if (error.errorCode() != null) {
            text.append(" [").append(error.errorCode()).append(']');
        }
        if (error.field() != null && !error.field().isBlank()) {
            text.append(" (").append(error.field());
            if (error.fieldMessage() != null && !error.fieldMessage().isBlank()) {
                text.append(": ").append(error.fieldMessage());
            }
            text.append(')');
        }
        return text.toString();
    }

    private static String key(WrittenMember member) {
        return key(member.emailAddress());
    }

    private static String key(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }
}

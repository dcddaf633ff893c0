package org.memberportal.application.audience;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The members one call writes: at least one, at most {@value #MAX_SIZE} (Mailchimp's cap on a
 * batch), each address once, since two states for one person in one call would race.
 */
public record MemberBatch(List<MemberState> members) {

    public static final int MAX_SIZE = 500;

    public MemberBatch {
        members = List.copyOf(members);
        if (members.isEmpty() || members.size() > MAX_SIZE) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_SIZE + " members, not " + members.size());
        }
        Set<String> seen = new HashSet<>();
        for (MemberState member : members) {
            if (!seen.add(member.email().key())) {
                throw new IllegalArgumentException("an address appears twice in one batch");
            }
        }
    }

    public static MemberBatch of(List<MemberState> members) {
        return new MemberBatch(members);
    }

    public int size() {
        return members.size();
    }
}

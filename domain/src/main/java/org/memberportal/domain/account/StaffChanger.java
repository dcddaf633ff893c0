package org.memberportal.domain.account;

import java.util.Objects;

import org.memberportal.domain.access.PermissionLevel;

/**
 * Who changes a staff account (account life cycle 5 and 6): a member of the company, whose level
 * bounds what they may do, or a support agent, whom the life cycle does not bound.
 */
public sealed interface StaffChanger permits StaffChanger.Member, StaffChanger.Agent {

    record Member(PermissionLevel level) implements StaffChanger {
        public Member {
            Objects.requireNonNull(level, "level");
        }
    }

    record Agent() implements StaffChanger {
    }
}

package org.memberportal.application.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.memberportal.domain.account.PortalAccount;

/**
 * A membership became active through its person's activation link: what it may receive and the
 * company's staff coverage follow, each in a listener of its own, within the activation's
 * transaction. The mailing subscriptions come first, so the coverage counts what they chose.
 *
 * @param activeBefore the person's memberships active before this one (none at their first activation)
 */
public record MembershipActivated(PortalAccount membership, List<PortalAccount> activeBefore, Instant at) {

    /** The order of the listeners: a lower number hears it first. */
    public static final int SUBSCRIPTIONS = 100;
    public static final int STAFF_COVERAGE = 200;

    public MembershipActivated {
        Objects.requireNonNull(membership);
        activeBefore = List.copyOf(activeBefore);
        Objects.requireNonNull(at);
    }
}

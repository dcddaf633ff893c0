package org.memberportal.domain.account;

import java.util.Collection;

import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;

/**
 * Who may do what to whose account (account life cycle 1 and 5): a Primary anything within the
 * company; a Manager only non-Primary accounts and levels up to Manager. The levels a level may
 * hand out come from the capability matrix.
 */
public final class StaffRules {

    private StaffRules() {
    }

    public static boolean mayRequest(PermissionLevel requester, PermissionLevel wanted) {
        return CapabilityMatrix.mayGrant(requester, wanted);
    }

    /**
     * Whether a member of this level may change the target account, to {@code newLevel} (null to
     * keep its level) or by deactivating it.
     */
    public static boolean mayChange(PermissionLevel requester, PortalAccount target, PermissionLevel newLevel) {
        if (!CapabilityMatrix.mayGrant(requester, target.level())) {
            return false;
        }
        return newLevel == null || CapabilityMatrix.mayGrant(requester, newLevel);
    }

    /**
     * Whether demoting or deactivating {@code target} would leave its company without an active
     * Primary, given the company's accounts.
     */
    public static boolean wouldRemoveLastPrimary(PortalAccount target, PermissionLevel newLevel, boolean deactivate,
            Collection<PortalAccount> companyAccounts) {
        boolean stopsBeingPrimary = target.isActivePrimary()
                && (deactivate || (newLevel != null && newLevel != PermissionLevel.PRIMARY_OWNER));
        if (!stopsBeingPrimary) {
            return false;
        }
        return companyAccounts.stream()
                .filter(a -> !a.id().equals(target.id()))
                .noneMatch(PortalAccount::isActivePrimary);
    }
}

package org.memberportal.domain.notification;

import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;

/**
 * What the warnings need to know of one account: its level, its status, and whether it is a
 * valid recipient of update notices (active, subscribed to them, address not cleaned).
 */
public record StaffStanding(PermissionLevel level, AccountStatus status, boolean validUpdateNoticeRecipient) {

    boolean isActivePrimary() {
        return PortalAccount.isActivePrimary(level, status);
    }
}

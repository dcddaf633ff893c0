package org.memberportal.application.account;

import java.util.Set;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

public interface ChangeStaffAccountUseCase {

    ChangedAccount change(Caller caller, CompanyId company, AccountId account, StaffChange change);

    /** A new level (or null to keep it), or a deactivation, of the account as read at {@code version}. */
    record StaffChange(PermissionLevel newLevel, boolean deactivate, long version) {
    }

    /** The account after the change, and the warnings the change raised for its company. */
    record ChangedAccount(PortalAccount account, Set<CompanyWarning> warnings) {
        public ChangedAccount {
            warnings = Set.copyOf(warnings);
        }
    }
}

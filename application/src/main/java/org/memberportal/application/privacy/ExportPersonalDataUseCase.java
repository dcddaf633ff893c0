package org.memberportal.application.privacy;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountId;

public interface ExportPersonalDataUseCase {

    /** For agents: everything the portal holds of the account's person. */
    PersonalDataExport export(Caller caller, AccountId account);
}

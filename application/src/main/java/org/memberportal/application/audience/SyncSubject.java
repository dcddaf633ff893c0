package org.memberportal.application.audience;

import java.util.Objects;

import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.MailingPreferences;

/** One account with all its desired Mailchimp state depends on. */
public record SyncSubject(PortalAccount account, String companyName, MailingPreferences preferences,
        SyncState state) {

    /** Missing preferences are the level's defaults; a missing state is "never sent". */
    public SyncSubject {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(companyName, "company name");
        preferences = MailingPreferences.storedOrDefaults(preferences, account);
        if (state == null) {
            state = SyncState.none(account.id());
        }
    }
}

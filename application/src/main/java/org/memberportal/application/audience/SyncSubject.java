package org.memberportal.application.audience;

import java.util.List;
import java.util.Objects;

import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * One person with all their desired Mailchimp state depends on: the membership that stands for
 * them ({@code account}) and every membership of theirs, as Mailchimp holds one member per address.
 */
public record SyncSubject(PortalAccount account, String companyName, MailingPreferences preferences,
        SyncState state, List<PortalAccount> memberships) {

    /** A person with a single membership. */
    public SyncSubject(PortalAccount account, String companyName, MailingPreferences preferences, SyncState state) {
        this(account, companyName, preferences, state, List.of(account));
    }

    /** Missing preferences are the level's defaults; a missing state is "never sent". */
    public SyncSubject {
        Objects.requireNonNull(account, "account");
        memberships = memberships.isEmpty() ? List.of(account) : List.copyOf(memberships);
        Objects.requireNonNull(companyName, "company name");
        preferences = MailingPreferences.storedOrDefaults(preferences, account);
        if (state == null) {
            state = SyncState.none(account.id());
        }
    }
}

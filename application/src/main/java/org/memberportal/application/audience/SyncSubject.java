package org.memberportal.application.audience;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * One person with all their desired Mailchimp state depends on: the membership that stands for
 * them ({@code account}), every membership of theirs, as Mailchimp holds one member per address,
 * and the products each of their companies holds licenses for.
 */
public record SyncSubject(PortalAccount account, String companyName, MailingPreferences preferences,
        SyncState state, List<PortalAccount> memberships, Map<CompanyId, List<String>> licensedProducts) {

    /** A person with a single membership. */
    public SyncSubject(PortalAccount account, String companyName, MailingPreferences preferences, SyncState state) {
        this(account, companyName, preferences, state, List.of(account));
    }

    /** A person whose companies' licenses are not known here: no products. */
    public SyncSubject(PortalAccount account, String companyName, MailingPreferences preferences, SyncState state,
            List<PortalAccount> memberships) {
        this(account, companyName, preferences, state, memberships, Map.of());
    }

    /** Missing preferences are the level's defaults; a missing state is "never sent". */
    public SyncSubject {
        Objects.requireNonNull(account, "account");
        memberships = memberships.isEmpty() ? List.of(account) : List.copyOf(memberships);
        licensedProducts = Map.copyOf(licensedProducts);
        Objects.requireNonNull(companyName, "company name");
        preferences = MailingPreferences.storedOrDefaults(preferences, account);
        if (state == null) {
            state = SyncState.none(account.id());
        }
    }
}

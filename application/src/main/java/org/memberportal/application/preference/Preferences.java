package org.memberportal.application.preference;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * The people's mailing preferences. An account without stored preferences has the defaults of
 * its level ({@link MailingPreferences#storedOrDefaults}, through {@link #current}): this store
 * keeps only what was saved.
 */
public interface Preferences {

    Optional<MailingPreferences> find(AccountId account);

    /** The account's preferences: as stored, or its level's defaults while it has none stored. */
    default MailingPreferences current(PortalAccount account) {
        return MailingPreferences.storedOrDefaults(find(account.id()).orElse(null), account);
    }

    /** The stored preferences of these accounts; accounts without any are left out. */
    Map<AccountId, MailingPreferences> of(Collection<AccountId> accounts);

    /**
     * Stores new or changed preferences and answers them as stored, with the version the next
     * change must name; refuses with a {@code stale-version} conflict when someone else saved them
     * since they were read.
     */
    MailingPreferences save(MailingPreferences preferences);
}

package org.memberportal.application.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentHistory;
import org.memberportal.application.preference.Preferences;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.notification.MailingPreferences;

/** Mailing preferences and the consent history in maps, for fast tests of the application. */
public final class InMemoryMailing {

    private InMemoryMailing() {
    }

    public static final class InMemoryPreferences implements Preferences {
        private final Map<AccountId, MailingPreferences> byAccount = new HashMap<>();

        @Override
        public Optional<MailingPreferences> find(AccountId account) {
            return Optional.ofNullable(byAccount.get(account)).map(InMemoryPreferences::copy);
        }

        @Override
        public Map<AccountId, MailingPreferences> of(Collection<AccountId> accounts) {
            Map<AccountId, MailingPreferences> found = new HashMap<>();
            accounts.forEach(id -> find(id).ifPresent(p -> found.put(id, p)));
            return found;
        }

        @Override
        public MailingPreferences save(MailingPreferences preferences) {
            MailingPreferences stored = byAccount.get(preferences.accountId());
            long storedVersion = stored == null ? 0 : stored.version();
            if (storedVersion != preferences.version()) {
                throw Refusal.staleVersion();
            }
            MailingPreferences saved = MailingPreferences.restore(preferences.accountId(), preferences.newsletter(),
                    preferences.updateNotices(), preferences.leftThroughMailchimp(), preferences.isAddressCleaned(),
                    preferences.changedAt(), storedVersion + 1);
            byAccount.put(saved.accountId(), saved);
            return copy(saved);
        }

        private static MailingPreferences copy(MailingPreferences p) {
            return MailingPreferences.restore(p.accountId(), p.newsletter(), p.updateNotices(),
                    p.leftThroughMailchimp(), p.isAddressCleaned(), p.changedAt(), p.version());
        }
    }

    public static final class InMemoryConsentHistory implements ConsentHistory {
        public final List<ConsentChange> changes = new ArrayList<>();

        @Override
        public void record(ConsentChange change) {
            changes.add(change);
        }

        @Override
        public Page<ConsentChange> of(AccountId account, PageRequest page) {
            List<ConsentChange> rows = changes.stream()
                    .filter(c -> c.accountId().equals(account))
                    .sorted(Comparator.comparing(ConsentChange::id).reversed())
                    .filter(c -> page.after() == null || c.id().compareTo(page.after()) < 0)
                    .limit(page.limit() + 1L).toList();
            return Page.fromOverfetched(rows, page.limit(), ConsentChange::id);
        }

        public List<ConsentChange> of(AccountId account) {
            return changes.stream().filter(c -> c.accountId().equals(account)).toList();
        }
    }
}

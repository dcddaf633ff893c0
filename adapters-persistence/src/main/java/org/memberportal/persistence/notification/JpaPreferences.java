package org.memberportal.persistence.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentHistory;
import org.memberportal.application.preference.Preferences;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.notification.MailingPreferences;
import org.memberportal.persistence.database.InLists;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

@ApplicationScoped
public class JpaPreferences implements Preferences, ConsentHistory {

    /** Accounts per IN list: well below what either database takes in one statement. */
    static final int IN_LIST = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<MailingPreferences> find(AccountId account) {
        return Optional.ofNullable(em.find(MailingPreferencesEntity.class, account.value()))
                .map(MailingPreferencesEntity::toDomain);
    }

    @Override
    public Map<AccountId, MailingPreferences> of(Collection<AccountId> accounts) {
        List<String> ids = accounts.stream().map(AccountId::value).distinct().toList();
        Map<AccountId, MailingPreferences> found = new HashMap<>();
        for (List<String> slice : InLists.of(ids, IN_LIST)) {
            em.createQuery("select p from MailingPreferencesEntity p where p.accountId in :ids",
                    MailingPreferencesEntity.class)
                    .setParameter("ids", slice)
                    .getResultStream()
                    .map(MailingPreferencesEntity::toDomain)
                    .forEach(p -> found.put(p.accountId(), p));
        }
        return found;
    }

    @Override
    public MailingPreferences save(MailingPreferences preferences) {
        MailingPreferencesEntity entity = em.find(MailingPreferencesEntity.class, preferences.accountId().value());
        return (entity == null
                ? OptimisticVersions.insert(em, MailingPreferencesEntity.from(preferences), preferences.version())
                : OptimisticVersions.change(em, entity, entity.version, preferences.version(), e -> e.copy(preferences)))
                .toDomain();
    }

    @Override
    public void record(ConsentChange change) {
        em.persist(ConsentChangeEntity.from(change));
    }

    @Override
    public Page<ConsentChange> of(AccountId account, PageRequest page) {
        return KeysetQuery.of(em, ConsentChangeEntity.class, "c")
                .where(true, "c.accountId = :account", "account", account.value())
                .descending(page, c -> c.id)
                .map(ConsentChangeEntity::toDomain);
    }
}

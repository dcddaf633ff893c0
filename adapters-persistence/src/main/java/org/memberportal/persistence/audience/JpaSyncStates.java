package org.memberportal.persistence.audience;

import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.memberportal.application.audience.SyncError;
import org.memberportal.application.audience.SyncMarks;
import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.SyncStates;
import org.memberportal.application.audience.SyncSubject;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.MailingPreferences;
import org.memberportal.persistence.account.MembershipEntity;
import org.memberportal.persistence.notification.MailingPreferencesEntity;

/**
 * The audience sync's tables. A page of subjects is four queries whatever its size: the accounts
 * (keyset on the id), then their companies' names, preferences and states by IN lists. Joins the
 * caller's transaction, or makes one (the pull's mark is written outside any).
 */
@ApplicationScoped
@Transactional
public class JpaSyncStates implements SyncStates, SyncMarks {

    static final String PULL_MARK = "audience-sync.pull";
    /** Ids per IN list: a page of the push's scan, or of the pull, in one query. */
    private static final int IN_LIST = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<SyncState> find(AccountId account) {
        return Optional.ofNullable(em.find(SyncStateEntity.class, account.value())).map(SyncStateEntity::toDomain);
    }

    @Override
    public Optional<SyncState> findByAudienceEmail(EmailAddress email) {
        return em.createQuery("select s from SyncStateEntity s where s.audienceEmailKey = :key", SyncStateEntity.class)
                .setParameter("key", email.key())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(SyncStateEntity::toDomain);
    }

    @Override
    public Map<String, SyncState> findByAudienceEmails(Collection<EmailAddress> emails) {
        List<String> keys = emails.stream().map(EmailAddress::key).distinct().toList();
        Map<String, SyncState> found = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            em.createQuery("select s from SyncStateEntity s where s.audienceEmailKey in :keys", SyncStateEntity.class)
                    .setParameter("keys", keys.subList(from, Math.min(from + IN_LIST, keys.size())))
                    .getResultStream()
                    .map(SyncStateEntity::toDomain)
                    .forEach(state -> found.putIfAbsent(state.audienceEmail().key(), state));
        }
        return found;
    }

    @Override
    public void save(SyncState state) {
        SyncStateEntity entity = em.find(SyncStateEntity.class, state.accountId().value());
        if (entity == null) {
            entity = new SyncStateEntity(state.accountId().value());
            entity.copy(state);
            em.persist(entity);
        } else {
            entity.copy(state);
        }
    }

    /**
     * One read of the rows that exist (IN lists), then the changes, which the persistence unit's
     * JDBC batch writing sends as one batch per statement shape at commit.
     */
    @Override
    public void saveAll(Collection<SyncState> changed) {
        List<String> ids = changed.stream().map(state -> state.accountId().value()).distinct().toList();
        Map<String, SyncStateEntity> stored = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("select s from SyncStateEntity s where s.accountId in :ids", SyncStateEntity.class)
                    .setParameter("ids", ids.subList(from, Math.min(from + IN_LIST, ids.size())))
                    .getResultStream()
                    .forEach(entity -> stored.put(entity.accountId, entity));
        }
        for (SyncState state : changed) {
            SyncStateEntity entity = stored.get(state.accountId().value());
            if (entity == null) {
                entity = new SyncStateEntity(state.accountId().value());
                entity.copy(state);
                em.persist(entity);
                stored.put(entity.accountId, entity);
            } else {
                entity.copy(state);
            }
        }
    }

    @Override
    public List<SyncSubject> subjectsAfter(String afterAccountId, int limit) {
        TypedQuery<String> query = afterAccountId == null
                ? em.createQuery("select a.id from AccountEntity a order by a.id", String.class)
                : em.createQuery("select a.id from AccountEntity a where a.id > :after order by a.id", String.class)
                        .setParameter("after", afterAccountId);
        List<String> ids = query.setMaxResults(limit).getResultList();
        // one subject per person: Mailchimp holds one member per address, whatever their memberships
        Map<String, List<PortalAccount>> membershipsOf = membershipsOf(ids);
        List<PortalAccount> accounts = ids.stream().filter(membershipsOf::containsKey)
                .map(id -> Memberships.principal(membershipsOf.get(id)).orElseThrow()).toList();
        Map<String, String> companyNames = companyNames(accounts);
        Map<String, MailingPreferences> preferences = new HashMap<>();
        Map<String, SyncState> states = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> slice = ids.subList(from, Math.min(from + IN_LIST, ids.size()));
            em.createQuery("select p from MailingPreferencesEntity p where p.accountId in :ids",
                    MailingPreferencesEntity.class).setParameter("ids", slice).getResultStream()
                    .map(MailingPreferencesEntity::toDomain)
                    .forEach(p -> preferences.put(p.accountId().value(), p));
            em.createQuery("select s from SyncStateEntity s where s.accountId in :ids", SyncStateEntity.class)
                    .setParameter("ids", slice).getResultStream()
                    .forEach(s -> states.put(s.accountId, s.toDomain()));
        }
        return accounts.stream().map(a -> new SyncSubject(a, companyNames.getOrDefault(a.companyId().value(), ""),
                preferences.get(a.id().value()), states.get(a.id().value()), membershipsOf.get(a.id().value())))
                .toList();
    }

    /** Every membership of these persons, by person. */
    private Map<String, List<PortalAccount>> membershipsOf(List<String> ids) {
        Map<String, List<PortalAccount>> membershipsOf = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("select m from MembershipEntity m where m.accountId in :ids order by m.id",
                    MembershipEntity.class).setParameter("ids", ids.subList(from, Math.min(from + IN_LIST, ids.size())))
                    .getResultStream().map(MembershipEntity::toDomain)
                    .forEach(m -> membershipsOf.computeIfAbsent(m.id().value(), k -> new ArrayList<>()).add(m));
        }
        return membershipsOf;
    }

    private Map<String, String> companyNames(List<PortalAccount> accounts) {
        List<String> ids = accounts.stream().map(a -> a.companyId().value()).distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("select c.id, c.name from CompanyEntity c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(from + IN_LIST, ids.size())))
                    .getResultStream()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    public Page<SyncError> errors(PageRequest page) {
        String jpql = "select s, a.email from SyncStateEntity s, AccountEntity a"
                + " where a.id = s.accountId and s.rejection is not null"
                + (page.after() == null ? "" : " and s.accountId > :after") + " order by s.accountId";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<Object[]> found = query.setMaxResults(page.limit() + 1).getResultList();
        // a person in several companies is shown under the company of the membership that stands for them
        Map<String, CompanyId> companyOf = new HashMap<>();
        List<String> ids = found.stream().map(row -> ((SyncStateEntity) row[0]).accountId).toList();
        membershipsOf(ids).forEach((id, memberships) -> companyOf.put(id,
                Memberships.principal(memberships).orElseThrow().companyId()));
        List<SyncError> rows = found.stream().filter(row -> companyOf.containsKey(((SyncStateEntity) row[0]).accountId))
                .map(row -> {
                    SyncState state = ((SyncStateEntity) row[0]).toDomain();
                    EmailAddress email = state.audienceEmail() != null ? state.audienceEmail()
                            : EmailAddress.of((String) row[1]);
                    return new SyncError(state.accountId(), companyOf.get(state.accountId().value()), email,
                            state.rejection(), state.lastError(), state.errorAt());
                }).toList();
        return Page.fromOverfetched(rows, page.limit(), e -> e.accountId().value());
    }

    @Override
    public Optional<Instant> lastPull() {
        return Optional.ofNullable(em.find(SyncMarkEntity.class, PULL_MARK)).map(mark -> mark.markAt);
    }

    @Override
    public void pulled(Instant startedAt) {
        SyncMarkEntity mark = em.find(SyncMarkEntity.class, PULL_MARK);
        if (mark == null) {
            em.persist(new SyncMarkEntity(PULL_MARK, startedAt));
        } else {
            mark.markAt = startedAt;
        }
    }

}

package org.memberportal.persistence.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.database.InLists;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

/** Accounts as memberships: each row of {@code memberships} joined with its person's row of {@code accounts}. */
@ApplicationScoped
public class JpaAccounts implements Accounts {

    static final int COMPANIES_PER_QUERY = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<PortalAccount> find(AccountId id) {
        return Memberships.principal(membershipsOf(id));
    }

    @Override
    public Optional<PortalAccount> find(AccountId id, CompanyId company) {
        return membership(id.value(), company.value()).map(MembershipEntity::toDomain);
    }

    @Override
    public List<PortalAccount> membershipsOf(AccountId id) {
        return em.createQuery("select m from MembershipEntity m where m.accountId = :person order by m.id",
                MembershipEntity.class)
                .setParameter("person", id.value())
                .getResultStream()
                .map(MembershipEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<PortalAccount> findByEmail(EmailAddress email) {
        return Memberships.principal(em.createQuery("select m from MembershipEntity m, AccountEntity a"
                + " where m.accountId = a.id and a.emailKey = :key order by m.id", MembershipEntity.class)
                .setParameter("key", email.key())
                .getResultStream()
                .map(MembershipEntity::toDomain)
                .toList());
    }

    @Override
    public PortalAccount add(PortalAccount account) {
        AccountEntity person = em.find(AccountEntity.class, account.id().value());
        if (person == null) {
            person = OptimisticVersions.insert(em, AccountEntity.from(account));
        }
        return OptimisticVersions.insert(em, MembershipEntity.from(account, person)).toDomain();
    }

    @Override
    public PortalAccount update(PortalAccount account) {
        MembershipEntity membership = membership(account.id().value(), account.companyId().value()).orElseThrow();
        // the person's own fields (name, password) are theirs in every company; the version that
        // guards a change is the membership's, the one its reader was shown
        return OptimisticVersions.change(em, membership, membership.version, account.version(), m -> {
            m.copy(account);
            m.person.copy(account);
        }).toDomain();
    }

    @Override
    public List<PortalAccount> allOf(CompanyId company) {
        return em.createQuery("select m from MembershipEntity m where m.companyId = :company order by m.id",
                MembershipEntity.class)
                .setParameter("company", company.value())
                .getResultStream()
                .map(MembershipEntity::toDomain)
                .toList();
    }

    /**
     * One query per thousand companies (bind parameters stay well under every driver's limit), of
     * the columns rather than the entities: entities read would join the transaction's persistence
     * context, and every later flush in the transaction compares each of them for changes (the
     * coverage audit reads a hundred thousand memberships with their persons in one chunk).
     */
    @Override
    public Map<CompanyId, List<PortalAccount>> allOf(Collection<CompanyId> companies) {
        List<String> ids = companies.stream().map(CompanyId::value).distinct().toList();
        Map<CompanyId, List<PortalAccount>> staff = new LinkedHashMap<>();
        for (List<String> slice : InLists.of(ids, COMPANIES_PER_QUERY)) {
            em.createQuery("select " + MembershipEntity.COLUMNS + " from MembershipEntity m join m.person p"
                    + " where m.companyId in :companies order by m.companyId, m.id", Object[].class)
                    .setParameter("companies", slice)
                    .getResultStream()
                    .map(row -> MembershipEntity.fromColumns(row, 0))
                    .forEach(account -> staff.computeIfAbsent(account.companyId(), c -> new ArrayList<>()).add(account));
        }
        return staff;
    }

    @Override
    public Page<PortalAccount> pageOf(CompanyId company, PageRequest page) {
        return KeysetQuery.of(em, MembershipEntity.class, "m")
                .where(true, "m.companyId = :company", "company", company.value())
                .ascending(page, e -> e.id)
                .map(MembershipEntity::toDomain);
    }

    private Optional<MembershipEntity> membership(String person, String company) {
        return em.createQuery("select m from MembershipEntity m where m.accountId = :person and m.companyId = :company",
                MembershipEntity.class)
                .setParameter("person", person)
                .setParameter("company", company)
                .getResultStream()
                .findFirst();
    }
}

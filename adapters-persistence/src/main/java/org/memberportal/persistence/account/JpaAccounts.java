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
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    static final int COMPANIES_PER_QUERY = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<PortalAccount> find(AccountId id) {
        return Optional.ofNullable(em.find(AccountEntity.class, id.value())).map(AccountEntity::toDomain);
    }

    @Override
    public Optional<PortalAccount> findByEmail(EmailAddress email) {
        return em.createQuery("select a from AccountEntity a where a.emailKey = :key", AccountEntity.class)
                .setParameter("key", email.key())
                .getResultStream()
                .findFirst()
                .map(AccountEntity::toDomain);
    }

    @Override
    public PortalAccount add(PortalAccount account) {
        return OptimisticVersions.insert(em, AccountEntity.from(account)).toDomain();
    }

    @Override
    public PortalAccount update(PortalAccount account) {
        AccountEntity entity = em.find(AccountEntity.class, account.id().value());
        return OptimisticVersions.change(em, entity, entity.version, account.version(), e -> e.copy(account))
                .toDomain();
    }

    @Override
    public List<PortalAccount> allOf(CompanyId company) {
        return em.createQuery("select a from AccountEntity a where a.companyId = :company order by a.id",
                AccountEntity.class)
                .setParameter("company", company.value())
                .getResultStream()
                .map(AccountEntity::toDomain)
                .toList();
    }

    /** One query per thousand companies (bind parameters stay well under every driver's limit). */
    @Override
    public Map<CompanyId, List<PortalAccount>> allOf(Collection<CompanyId> companies) {
        List<String> ids = companies.stream().map(CompanyId::value).distinct().toList();
        Map<CompanyId, List<PortalAccount>> staff = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += COMPANIES_PER_QUERY) {
            em.createQuery("select a from AccountEntity a where a.companyId in :companies order by a.companyId, a.id",
                    AccountEntity.class)
                    .setParameter("companies", ids.subList(from, Math.min(from + COMPANIES_PER_QUERY, ids.size())))
                    .getResultStream()
                    .map(AccountEntity::toDomain)
                    .forEach(account -> staff.computeIfAbsent(account.companyId(), c -> new ArrayList<>()).add(account));
        }
        return staff;
    }

    @Override
    public Page<PortalAccount> pageOf(CompanyId company, PageRequest page) {
        return KeysetQuery.of(em, AccountEntity.class, "a")
                .where(true, "a.companyId = :company", "company", company.value())
                .ascending(page, e -> e.id)
                .map(AccountEntity::toDomain);
    }
}

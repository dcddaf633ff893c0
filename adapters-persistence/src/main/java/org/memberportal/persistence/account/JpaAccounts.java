package org.memberportal.persistence.account;

import java.util.List;
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

    @Override
    public Page<PortalAccount> pageOf(CompanyId company, PageRequest page) {
        return KeysetQuery.of(em, AccountEntity.class, "a")
                .where(true, "a.companyId = :company", "company", company.value())
                .ascending(page, e -> e.id)
                .map(AccountEntity::toDomain);
    }
}

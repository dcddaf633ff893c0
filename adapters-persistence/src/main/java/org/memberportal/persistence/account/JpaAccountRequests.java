package org.memberportal.persistence.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.account.AccountRequests;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

@ApplicationScoped
public class JpaAccountRequests implements AccountRequests {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public AccountRequest add(AccountRequest request) {
        return OptimisticVersions.insert(em, AccountRequestEntity.from(request)).toDomain();
    }

    @Override
    public AccountRequest update(AccountRequest request) {
        AccountRequestEntity entity = em.find(AccountRequestEntity.class, request.id());
        return OptimisticVersions.change(em, entity, entity.version, request.version(), e -> e.copyDecision(request))
                .toDomain();
    }

    @Override
    public Optional<AccountRequest> find(String id) {
        return Optional.ofNullable(em.find(AccountRequestEntity.class, id)).map(AccountRequestEntity::toDomain);
    }

    @Override
    public boolean pendingFor(EmailAddress email, CompanyId company) {
        return !em.createQuery("select r.id from AccountRequestEntity r where r.emailKey = :key"
                + " and r.companyId = :company and r.status = :status", String.class)
                .setParameter("key", email.key())
                .setParameter("company", company.value())
                .setParameter("status", AccountRequest.Status.PENDING)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Page<AccountRequest> page(CompanyId company, AccountRequest.Status status, PageRequest page) {
        return KeysetQuery.of(em, AccountRequestEntity.class, "r")
                .where(company != null, "r.companyId = :company", "company", company == null ? null : company.value())
                .where(status != null, "r.status = :status", "status", status)
                .ascending(page, e -> e.id)
                .map(AccountRequestEntity::toDomain);
    }
}

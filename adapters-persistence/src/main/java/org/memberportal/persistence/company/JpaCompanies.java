package org.memberportal.persistence.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.memberportal.application.company.Companies;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.database.KeysetQuery;

@ApplicationScoped
public class JpaCompanies implements Companies {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<Company> find(CompanyId id) {
        return Optional.ofNullable(em.find(CompanyEntity.class, id.value())).map(CompanyEntity::toDomain);
    }

    @Override
    public List<Company> findAll(Collection<CompanyId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from CompanyEntity c where c.id in :ids", CompanyEntity.class)
                .setParameter("ids", ids.stream().map(CompanyId::value).toList())
                .getResultStream()
                .map(CompanyEntity::toDomain)
                .toList();
    }

    @Override
    public void lockForChange(CompanyId id) {
        // SELECT ... FOR UPDATE, on PostgreSQL as on H2
        em.find(CompanyEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(Company company) {
        em.persist(CompanyEntity.from(company));
    }

    @Override
    public Page<Company> list(PageRequest page) {
        return KeysetQuery.of(em, CompanyEntity.class, "c").ascending(page, c -> c.id).map(CompanyEntity::toDomain);
    }

    @Override
    public List<CompanyId> idsAfter(String afterId, int limit) {
        TypedQuery<String> query = afterId == null
                ? em.createQuery("select c.id from CompanyEntity c order by c.id", String.class)
                : em.createQuery("select c.id from CompanyEntity c where c.id > :after order by c.id", String.class)
                        .setParameter("after", afterId);
        return query.setMaxResults(limit).getResultStream().map(CompanyId::new).toList();
    }
}

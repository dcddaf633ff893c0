package org.memberportal.persistence.company;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.memberportal.application.company.Companies;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

@ApplicationScoped
public class JpaCompanies implements Companies {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<Company> find(CompanyId id) {
        return Optional.ofNullable(em.find(CompanyEntity.class, id.value())).map(CompanyEntity::toDomain);
    }

    @Override
    public void add(Company company) {
        em.persist(CompanyEntity.from(company));
    }

    @Override
    public Page<Company> list(PageRequest page) {
        // Keyset paging: ids are time-ordered, so "after the last id seen" is the next page.
        TypedQuery<CompanyEntity> query = page.after() == null
                ? em.createQuery("select c from CompanyEntity c order by c.id", CompanyEntity.class)
                : em.createQuery("select c from CompanyEntity c where c.id > :after order by c.id", CompanyEntity.class)
                        .setParameter("after", page.after());
        List<CompanyEntity> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return Page.fromOverfetched(rows, page.limit(), c -> c.id).map(CompanyEntity::toDomain);
    }
}

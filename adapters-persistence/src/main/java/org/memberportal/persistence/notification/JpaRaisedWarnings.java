package org.memberportal.persistence.notification;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.warning.RaisedWarning;
import org.memberportal.application.warning.RaisedWarnings;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.database.KeysetQuery;

@ApplicationScoped
public class JpaRaisedWarnings implements RaisedWarnings {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<RaisedWarning> openFor(CompanyId company) {
        return openFor(List.of(company));
    }

    @Override
    public List<RaisedWarning> openFor(Collection<CompanyId> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select w from RaisedWarningEntity w
                where w.companyId in :companies and w.clearedAt is null order by w.id""", RaisedWarningEntity.class)
                .setParameter("companies", companies.stream().map(CompanyId::value).toList())
                .getResultStream()
                .map(RaisedWarningEntity::toDomain)
                .toList();
    }

    @Override
    public void raise(RaisedWarning warning) {
        em.persist(RaisedWarningEntity.from(warning));
        // raised twice at once: the open key's unique index refuses the second here, before its e-mail
        em.flush();
    }

    @Override
    public void clear(String id, Instant at) {
        rowsChanged(em.createQuery("""
                update RaisedWarningEntity w set w.clearedAt = :at, w.openKey = null
                where w.id = :id and w.clearedAt is null""")
                .setParameter("at", at)
                .setParameter("id", id));
    }

    @Override
    public Page<RaisedWarning> page(Boolean open, PageRequest page) {
        return KeysetQuery.of(em, RaisedWarningEntity.class, "w")
                .where(Boolean.TRUE.equals(open), "w.clearedAt is null", null, null)
                .where(Boolean.FALSE.equals(open), "w.clearedAt is not null", null, null)
                .descending(page, w -> w.id)
                .map(RaisedWarningEntity::toDomain);
    }
}

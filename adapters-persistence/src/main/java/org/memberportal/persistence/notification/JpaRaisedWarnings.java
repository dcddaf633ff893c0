package org.memberportal.persistence.notification;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.ArrayList;
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
import org.memberportal.persistence.database.IdRange;
import org.memberportal.persistence.database.InLists;
import org.memberportal.persistence.database.KeysetQuery;

@ApplicationScoped
public class JpaRaisedWarnings implements RaisedWarnings {

    static final int IDS_PER_STATEMENT = 1000;

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

    /** A thousand companies per statement, each thousand read as the range of their ids. */
    @Override
    public List<RaisedWarning> openForConsecutive(Collection<CompanyId> companies) {
        List<RaisedWarning> open = new ArrayList<>();
        for (IdRange slice : IdRange.of(companies.stream().map(CompanyId::value).toList(), IDS_PER_STATEMENT)) {
            em.createQuery("""
                    select w from RaisedWarningEntity w
                    where w.companyId >= :first and w.companyId <= :last and w.clearedAt is null
                    order by w.id""", RaisedWarningEntity.class)
                    .setParameter("first", slice.first())
                    .setParameter("last", slice.last())
                    .getResultStream()
                    .filter(w -> slice.contains(w.companyId))
                    .map(RaisedWarningEntity::toDomain)
                    .forEach(open::add);
        }
        return open;
    }

    @Override
    public void raise(Collection<RaisedWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        warnings.forEach(warning -> em.persist(RaisedWarningEntity.from(warning)));
        // raised twice at once: the open key's unique index refuses the second here, before its
        // e-mail; one flush for them all, written as one JDBC batch
        em.flush();
    }

    /** One statement per thousand warnings (bind parameters stay well under every driver's limit). */
    @Override
    public void clear(Collection<String> ids, Instant at) {
        List<String> all = List.copyOf(ids);
        for (List<String> slice : InLists.of(all, IDS_PER_STATEMENT)) {
            rowsChanged(em.createQuery("""
                    update RaisedWarningEntity w set w.clearedAt = :at, w.openKey = null
                    where w.id in :ids and w.clearedAt is null""")
                    .setParameter("at", at)
                    .setParameter("ids", slice));
        }
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

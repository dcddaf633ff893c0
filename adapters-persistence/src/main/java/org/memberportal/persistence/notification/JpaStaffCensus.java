package org.memberportal.persistence.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.memberportal.application.warning.StaffCensus;
import org.memberportal.application.warning.StandingCount;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.company.CompanyId;

/**
 * One grouped count per slice of companies (the accounts_company index), joined with the stored
 * preferences: the coverage audit's whole read of a chunk of companies, whatever their size.
 */
@ApplicationScoped
public class JpaStaffCensus implements StaffCensus {

    /** Companies per statement: bind parameters stay well under every driver's limit. */
    static final int SLICE = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<StandingCount> countsOf(Collection<CompanyId> companies) {
        List<String> ids = companies.stream().map(CompanyId::value).distinct().toList();
        List<StandingCount> counts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<String> slice = ids.subList(from, Math.min(from + SLICE, ids.size()));
            Query query = em.createNativeQuery("select a.company_id, a.level, a.status, p.update_notices,"
                    + " p.address_cleaned, count(*) from memberships a"
                    + " left join mailing_preferences p on p.account_id = a.account_id"
                    + " where a.company_id in (" + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")"
                    + " group by a.company_id, a.level, a.status, p.update_notices, p.address_cleaned");
            for (int i = 0; i < slice.size(); i++) {
                query.setParameter(i + 1, slice.get(i));
            }
            for (Object result : query.getResultList()) {
                Object[] row = (Object[]) result;
                counts.add(new StandingCount(new CompanyId((String) row[0]), PermissionLevel.valueOf((String) row[1]),
                        AccountStatus.valueOf((String) row[2]), (Boolean) row[3], Boolean.TRUE.equals(row[4]),
                        ((Number) row[5]).longValue()));
            }
        }
        return counts;
    }
}

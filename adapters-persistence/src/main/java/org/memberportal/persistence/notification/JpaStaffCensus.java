package org.memberportal.persistence.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.warning.StaffCensus;
import org.memberportal.application.warning.StandingCount;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.database.IdRange;

/**
 * One grouped count per slice of companies (a range of the memberships_company index), joined with the
 * stored preferences: the coverage audit's whole read of a chunk of companies, whatever their size.
 */
@ApplicationScoped
public class JpaStaffCensus implements StaffCensus {

    /** Companies per statement: bind parameters stay well under every driver's limit. */
    static final int SLICE = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The companies are read a thousand at a time, each thousand as the range of their ids: the
     * audit's chunks are companies consecutive in id order, so the range holds nothing else.
     */
    @Override
    public List<StandingCount> countsOf(Collection<CompanyId> companies) {
        List<StandingCount> counts = new ArrayList<>();
        for (IdRange slice : IdRange.of(companies.stream().map(CompanyId::value).toList(), SLICE)) {
            List<?> rows = em.createNativeQuery("select a.company_id, a.level, a.status, p.update_notices,"
                    + " p.address_cleaned, count(*) from memberships a"
                    + " left join mailing_preferences p on p.account_id = a.account_id"
                    + " where a.company_id >= ? and a.company_id <= ?"
                    + " group by a.company_id, a.level, a.status, p.update_notices, p.address_cleaned")
                    .setParameter(1, slice.first())
                    .setParameter(2, slice.last())
                    .getResultList();
            for (Object result : rows) {
                Object[] row = (Object[]) result;
                if (slice.contains((String) row[0])) {
                    counts.add(new StandingCount(new CompanyId((String) row[0]),
                            PermissionLevel.valueOf((String) row[1]), AccountStatus.valueOf((String) row[2]),
                            (Boolean) row[3], Boolean.TRUE.equals(row[4]), ((Number) row[5]).longValue()));
                }
            }
        }
        return counts;
    }
}

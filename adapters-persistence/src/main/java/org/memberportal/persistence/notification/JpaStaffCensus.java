package org.memberportal.persistence.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.warning.StaffCensus;
import org.memberportal.application.warning.StandingCount;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.company.CompanyId;

/**
 * One grouped count per slice of companies (a range of the accounts_company index), joined with the
 * stored preferences: the coverage audit's whole read of a chunk of companies, whatever their size.
 */
@ApplicationScoped
public class JpaStaffCensus implements StaffCensus {

    /** Companies per statement: bind parameters stay well under every driver's limit. */
    static final int SLICE = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The companies are taken in id order, a thousand at a time, and each thousand is read as the
     * range of ids from its first to its last, counts of companies outside it dropped: the audit's
     * chunks are companies consecutive in id order, so the range holds nothing else, and two bind
     * parameters cost the driver and EclipseLink nothing where an IN list of a thousand cost most of
     * the audit's time (EclipseLink looks each positional parameter up in a list).
     */
    @Override
    public List<StandingCount> countsOf(Collection<CompanyId> companies) {
        List<String> ids = companies.stream().map(CompanyId::value).distinct().sorted().toList();
        List<StandingCount> counts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<String> slice = ids.subList(from, Math.min(from + SLICE, ids.size()));
            Set<String> wanted = new HashSet<>(slice);
            List<?> rows = em.createNativeQuery("select a.company_id, a.level, a.status, p.update_notices,"
                    + " p.address_cleaned, count(*) from memberships a"
                    + " left join mailing_preferences p on p.account_id = a.account_id"
                    + " where a.company_id >= ? and a.company_id <= ?"
                    + " group by a.company_id, a.level, a.status, p.update_notices, p.address_cleaned")
                    .setParameter(1, slice.get(0))
                    .setParameter(2, slice.get(slice.size() - 1))
                    .getResultList();
            for (Object result : rows) {
                Object[] row = (Object[]) result;
                if (wanted.contains((String) row[0])) {
                    counts.add(new StandingCount(new CompanyId((String) row[0]),
                            PermissionLevel.valueOf((String) row[1]), AccountStatus.valueOf((String) row[2]),
                            (Boolean) row[3], Boolean.TRUE.equals(row[4]), ((Number) row[5]).longValue()));
                }
            }
        }
        return counts;
    }
}

package org.memberportal.application.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.CoverageRules;
import org.memberportal.domain.notification.StaffStanding;

/**
 * What the domain's {@link CoverageRules} need to know of a company's accounts.
 *
 * <p>Until mailing preferences exist, every active account counts as a valid recipient of
 * update notices: RULES.md subscribes active accounts to every audience their level may receive,
 * and every level may receive update notices.
 */
@ApplicationScoped
public class StaffCoverage {

    public List<StaffStanding> standingsOf(Collection<PortalAccount> staff) {
        return staff.stream()
                .map(a -> new StaffStanding(a.level(), a.status(), a.status() == AccountStatus.ACTIVE))
                .toList();
    }

    public Set<CompanyWarning> warningsFor(Collection<PortalAccount> staff) {
        return CoverageRules.warningsFor(standingsOf(staff));
    }
}

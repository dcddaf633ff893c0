package org.memberportal.application.account;

import java.util.List;
import java.util.Set;

import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.StaffStanding;

/**
 * Told of every change to a company's staff or to what they receive, so that the company's
 * warnings follow (docs/rules.md): the warnings keep it, the changes of accounts and preferences tell it.
 */
public interface StaffWatch {

    /** What holds for the company before a change, read before the change is made. */
    Before before(List<PortalAccount> staff);

    /**
     * After a change: the raised warnings brought in line, and the warnings the change itself
     * raised, which the answer to the change names.
     */
    Set<CompanyWarning> changed(CompanyId company, Before before, List<PortalAccount> staffAfter);

    /** The company's raised warnings brought in line with what holds now; answers those raised now. */
    Set<CompanyWarning> reconcile(CompanyId company);

    /** The standings of a company's staff as they were before a change. */
    record Before(List<StaffStanding> standings) {
        public Before {
            standings = List.copyOf(standings);
        }
    }
}

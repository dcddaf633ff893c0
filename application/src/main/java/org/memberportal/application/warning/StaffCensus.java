package org.memberportal.application.warning;

import java.util.Collection;
import java.util.List;

import org.memberportal.domain.company.CompanyId;

/** Companies' staff counted by what their warnings depend on: one aggregate read for many companies. */
public interface StaffCensus {

    /** The counts of these companies' accounts; a company without accounts has none. */
    List<StandingCount> countsOf(Collection<CompanyId> companies);
}

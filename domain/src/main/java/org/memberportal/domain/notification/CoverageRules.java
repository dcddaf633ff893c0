package org.memberportal.domain.notification;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place that decides which warnings hold for a company. Both the answer to a member's
 * change and the nightly coverage audit ask it, so they can never disagree.
 */
public final class CoverageRules {

    private CoverageRules() {
    }

    public static Set<CompanyWarning> warningsFor(Collection<StaffStanding> staff) {
        Set<CompanyWarning> warnings = EnumSet.noneOf(CompanyWarning.class);
        if (staff.stream().noneMatch(StaffStanding::validUpdateNoticeRecipient)) {
            warnings.add(CompanyWarning.COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT);
        }
        long primaries = staff.stream().filter(StaffStanding::isActivePrimary).count();
        if (primaries == 0) {
            warnings.add(CompanyWarning.COMPANY_WITHOUT_PRIMARY);
        } else if (primaries == 1) {
            warnings.add(CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
        }
        return warnings;
    }

    /** The warnings a change raised: those that hold after it and did not before. */
    public static Set<CompanyWarning> raisedBy(Collection<StaffStanding> before, Collection<StaffStanding> after) {
        Set<CompanyWarning> raised = EnumSet.noneOf(CompanyWarning.class);
        raised.addAll(warningsFor(after));
        raised.removeAll(warningsFor(before));
        return raised;
    }
}

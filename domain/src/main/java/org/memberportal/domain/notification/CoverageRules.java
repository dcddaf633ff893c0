package org.memberportal.domain.notification;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;

/**
 * The one place that decides which warnings hold for a company, which of them a change raised,
 * what the ledger of raised warnings must raise and clear, and who is told. The answer to a
 * member's change, the ledger and the nightly coverage audit all ask it, so they never disagree.
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
        return newlyHolding(warningsFor(before), warningsFor(after));
    }

    /**
     * What the ledger must do so that its open warnings are those that hold: raise what holds and
     * is not open (it started to hold), clear what is open and no longer holds.
     */
    public static Reconciliation reconcile(Set<CompanyWarning> open, Set<CompanyWarning> holding) {
        Set<CompanyWarning> cleared = EnumSet.noneOf(CompanyWarning.class);
        cleared.addAll(open);
        cleared.removeAll(holding);
        return new Reconciliation(newlyHolding(open, holding), cleared);
    }

    /** docs/rules.md: a warning reaches the company's active accounts of the levels the capability matrix names. */
    public static boolean isRecipient(PermissionLevel level) {
        return CapabilityMatrix.receivesCompanyWarnings(level);
    }

    private static Set<CompanyWarning> newlyHolding(Set<CompanyWarning> before, Set<CompanyWarning> after) {
        Set<CompanyWarning> raised = EnumSet.noneOf(CompanyWarning.class);
        raised.addAll(after);
        raised.removeAll(before);
        return raised;
    }

    /** The warnings to raise (and tell) and those to clear. */
    public record Reconciliation(Set<CompanyWarning> raised, Set<CompanyWarning> cleared) {
        public Reconciliation {
            raised = Set.copyOf(raised);
            cleared = Set.copyOf(cleared);
        }
    }
}

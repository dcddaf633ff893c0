package org.memberportal.application.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.memberportal.application.account.StaffWatch;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.MembershipActivated;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.CoverageRules;
import org.memberportal.domain.notification.CoverageRules.Reconciliation;
import org.memberportal.domain.notification.StaffStanding;

/**
 * Keeps a company's raised warnings in line with what holds now (docs/rules.md): a warning is raised
 * when it starts to hold, and its recipients told once; it is cleared when it stops holding. Runs
 * inside the caller's transaction, after every change that can move a warning, and nightly from the
 * coverage audit for whatever changed elsewhere (such as Mailchimp).
 */
@ApplicationScoped
public class CoverageWatch implements StaffWatch {

    private final Accounts accounts;
    private final Companies companies;
    private final StaffCoverage coverage;
    private final RaisedWarnings raised;
    private final WarningMail mail;
    private final AuditTrail audit;
    private final Clock clock;

    protected CoverageWatch() {
        this(null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public CoverageWatch(Accounts accounts, Companies companies, StaffCoverage coverage, RaisedWarnings raised,
            WarningMail mail, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.companies = companies;
        this.coverage = coverage;
        this.raised = raised;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Set<CompanyWarning> reconcile(CompanyId company) {
        // the audit job and a member's change reconciling at once: one raises, the other sees it raised
        companies.lockForChange(company);
        return reconcile(company, accounts.allOf(company));
    }

    public void onActivated(@Observes @Priority(MembershipActivated.STAFF_COVERAGE) MembershipActivated activated) {
        reconcile(activated.membership().companyId());
    }

    /** The same, for a caller that has just read the company's accounts. */
    public Set<CompanyWarning> reconcile(CompanyId company, List<PortalAccount> staff) {
        return reconcile(company, staff, coverage.standingsOf(staff));
    }

    @Override
    public Before before(List<PortalAccount> staff) {
        return new Before(coverage.standingsOf(staff));
    }

    /** docs/rules.md: the member whose change causes a warning is told so, by the answer to the change. */
    @Override
    public Set<CompanyWarning> changed(CompanyId company, Before before, List<PortalAccount> staffAfter) {
        List<StaffStanding> after = coverage.standingsOf(staffAfter);
        reconcile(company, staffAfter, after);
        return CoverageRules.raisedBy(before.standings(), after);
    }

    private Set<CompanyWarning> reconcile(CompanyId company, List<PortalAccount> staff, List<StaffStanding> standings) {
        return settle(Map.of(company, CoverageRules.warningsFor(standings)), Map.of(company, raised.openFor(company)),
                toTell -> Map.of(company, staff), clock.instant()).get(company);
    }

    /**
     * The same for many companies at once, given the warnings that hold for each (the coverage
     * audit counts them for a chunk of companies consecutive in id order): one read of their open
     * warnings, and one read of the staff of the companies with a warning newly raised, to tell them.
     */
    public Map<CompanyId, Set<CompanyWarning>> reconcile(Map<CompanyId, Set<CompanyWarning>> holding) {
        Map<CompanyId, List<RaisedWarning>> open = new HashMap<>();
        raised.openForConsecutive(holding.keySet())
                .forEach(w -> open.computeIfAbsent(w.companyId(), c -> new ArrayList<>()).add(w));
        return settle(holding, open, accounts::allOf, clock.instant());
    }

    private static Set<CompanyWarning> openWarnings(List<RaisedWarning> open) {
        Set<CompanyWarning> warnings = EnumSet.noneOf(CompanyWarning.class);
        open.forEach(w -> warnings.add(w.warning()));
        return warnings;
    }

    /**
     * Raises and clears what is due for each company with one write of each kind for them all (the
     * ledger refuses a warning open already before anyone is told), then tells the staff of the
     * companies with a warning raised, read once for them all, and records each change in the audit
     * trail, company by company.
     */
    private Map<CompanyId, Set<CompanyWarning>> settle(Map<CompanyId, Set<CompanyWarning>> holding,
            Map<CompanyId, List<RaisedWarning>> open,
            Function<Collection<CompanyId>, Map<CompanyId, List<PortalAccount>>> staffOf, Instant now) {
        Map<CompanyId, List<RaisedWarning>> raising = new LinkedHashMap<>();
        Map<CompanyId, List<RaisedWarning>> clearing = new LinkedHashMap<>();
        holding.forEach((company, warnings) -> {
            List<RaisedWarning> openNow = open.getOrDefault(company, List.of());
            Reconciliation due = CoverageRules.reconcile(openWarnings(openNow), warnings);
            raising.put(company, due.raised().stream().map(w -> RaisedWarning.raise(company, w, now)).toList());
            clearing.put(company, openNow.stream().filter(w -> due.cleared().contains(w.warning())).toList());
        });
        raised.raise(raising.values().stream().flatMap(List::stream).toList());
        raised.clear(clearing.values().stream().flatMap(List::stream).map(RaisedWarning::id).toList(), now);
        List<CompanyId> toTell = raising.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        Map<CompanyId, List<PortalAccount>> staff = toTell.isEmpty() ? Map.of() : staffOf.apply(toTell);
        Map<CompanyId, Set<CompanyWarning>> raisedNow = new LinkedHashMap<>();
        holding.keySet().forEach(company -> {
            Set<CompanyWarning> warnings = EnumSet.noneOf(CompanyWarning.class);
            for (RaisedWarning warning : raising.get(company)) {
                warnings.add(warning.warning());
                mail.warningRaised(warning.warning(), staff.getOrDefault(company, List.of()));
                audit.record(AuditEvent.bySystem("WARNING_RAISED", company, warning.warning().name(),
                        warning.warning().message(), now));
            }
            for (RaisedWarning warning : clearing.get(company)) {
                audit.record(AuditEvent.bySystem("WARNING_CLEARED", company, warning.warning().name(), null, now));
            }
            raisedNow.put(company, Set.copyOf(warnings));
        });
        return raisedNow;
    }
}

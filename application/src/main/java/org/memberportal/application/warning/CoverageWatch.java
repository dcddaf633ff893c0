package org.memberportal.application.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.account.StaffWatch;
import org.memberportal.application.account.Accounts;
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
        return settle(company, CoverageRules.warningsFor(standings), raised.openFor(company), () -> staff,
                clock.instant());
    }

    /**
     * The same for many companies at once, given the warnings that hold for each (the coverage
     * audit counts them for a chunk of companies): one read of their open warnings, and one read of
     * the staff of the companies with a warning newly raised, to tell them.
     */
    public Map<CompanyId, Set<CompanyWarning>> reconcile(Map<CompanyId, Set<CompanyWarning>> holding) {
        Instant now = clock.instant();
        Map<CompanyId, List<RaisedWarning>> open = new HashMap<>();
        raised.openFor(holding.keySet())
                .forEach(w -> open.computeIfAbsent(w.companyId(), c -> new ArrayList<>()).add(w));
        List<CompanyId> toTell = new ArrayList<>();
        holding.forEach((company, warnings) -> {
            if (!CoverageRules.reconcile(openWarnings(open.getOrDefault(company, List.of())), warnings).raised()
                    .isEmpty()) {
                toTell.add(company);
            }
        });
        Map<CompanyId, List<PortalAccount>> staff = toTell.isEmpty() ? Map.of() : accounts.allOf(toTell);
        Map<CompanyId, Set<CompanyWarning>> raisedNow = new LinkedHashMap<>();
        holding.forEach((company, warnings) -> raisedNow.put(company, settle(company, warnings,
                open.getOrDefault(company, List.of()), () -> staff.getOrDefault(company, List.of()), now)));
        return raisedNow;
    }

    private static Set<CompanyWarning> openWarnings(List<RaisedWarning> open) {
        Set<CompanyWarning> warnings = EnumSet.noneOf(CompanyWarning.class);
        open.forEach(w -> warnings.add(w.warning()));
        return warnings;
    }

    private Set<CompanyWarning> settle(CompanyId company, Set<CompanyWarning> holding, List<RaisedWarning> open,
            Supplier<List<PortalAccount>> staff, Instant now) {
        Reconciliation due = CoverageRules.reconcile(openWarnings(open), holding);
        List<PortalAccount> told = due.raised().isEmpty() ? List.of() : staff.get();
        for (CompanyWarning warning : due.raised()) {
            raised.raise(RaisedWarning.raise(company, warning, now));
            mail.warningRaised(warning, told);
            audit.record(AuditEvent.bySystem("WARNING_RAISED", company, warning.name(), warning.message(), now));
        }
        for (RaisedWarning warning : open) {
            if (due.cleared().contains(warning.warning())) {
                raised.clear(warning.id(), now);
                audit.record(AuditEvent.bySystem("WARNING_CLEARED", company, warning.warning().name(), null, now));
            }
        }
        return due.raised();
    }
}

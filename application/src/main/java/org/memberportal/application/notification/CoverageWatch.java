package org.memberportal.application.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/**
 * Keeps a company's raised warnings in line with what holds now (docs/rules.md): a warning is raised
 * when it starts to hold, and its recipients told once; it is cleared when it stops holding. Runs
 * inside the caller's transaction, after every change that can move a warning, and nightly from the
 * coverage audit for whatever changed elsewhere (such as Mailchimp).
 */
@ApplicationScoped
public class CoverageWatch {

    private final Accounts accounts;
    private final StaffCoverage coverage;
    private final RaisedWarnings raised;
    private final WarningMail mail;
    private final AuditTrail audit;
    private final Clock clock;

    protected CoverageWatch() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public CoverageWatch(Accounts accounts, StaffCoverage coverage, RaisedWarnings raised, WarningMail mail,
            AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.coverage = coverage;
        this.raised = raised;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises what newly holds and clears what no longer does; answers the warnings raised now. */
    public Set<CompanyWarning> reconcile(CompanyId company) {
        return reconcile(company, accounts.allOf(company));
    }

    /** The same, for a caller that has just read the company's accounts. */
    public Set<CompanyWarning> reconcile(CompanyId company, List<PortalAccount> staff) {
        Instant now = clock.instant();
        Set<CompanyWarning> holding = coverage.warningsFor(staff);
        List<RaisedWarning> open = raised.openFor(company);

        Set<CompanyWarning> newlyRaised = EnumSet.noneOf(CompanyWarning.class);
        newlyRaised.addAll(holding);
        open.forEach(w -> newlyRaised.remove(w.warning()));
        for (CompanyWarning warning : newlyRaised) {
            raised.raise(RaisedWarning.raise(company, warning, now));
            mail.warningRaised(company, warning, staff);
            audit.record(AuditEvent.of(null, "WARNING_RAISED", company, warning.name(), warning.message(), now));
        }
        for (RaisedWarning warning : open) {
            if (!holding.contains(warning.warning())) {
                raised.clear(warning.id(), now);
                audit.record(AuditEvent.of(null, "WARNING_CLEARED", company, warning.warning().name(), null, now));
            }
        }
        return newlyRaised;
    }
}

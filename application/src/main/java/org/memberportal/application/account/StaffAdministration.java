package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.identity.Sessions;
import org.memberportal.application.notification.CoverageWatch;
import org.memberportal.application.notification.StaffCoverage;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.account.StaffRules;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.CoverageRules;
import org.memberportal.domain.notification.StaffStanding;

/** A company's staff accounts: seen and changed by its Primaries and Managers, and by agents. */
@ApplicationScoped
@Transactional
public class StaffAdministration implements ListStaffUseCase, ChangeStaffAccountUseCase {

    private final Accounts accounts;
    private final Companies companies;
    private final Sessions sessions;
    private final StaffCoverage coverage;
    private final CoverageWatch watch;
    private final AuditTrail audit;
    private final Clock clock;

    protected StaffAdministration() {
        this(null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public StaffAdministration(Accounts accounts, Companies companies, Sessions sessions, StaffCoverage coverage,
            CoverageWatch watch, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.companies = companies;
        this.sessions = sessions;
        this.coverage = coverage;
        this.watch = watch;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Page<PortalAccount> list(Caller caller, CompanyId company, PageRequest page) {
        authorize(caller, company);
        return accounts.pageOf(company, page);
    }

    @Override
    public ChangedAccount change(Caller caller, CompanyId company, AccountId accountId, StaffChange change) {
        authorize(caller, company);
        PortalAccount target = accounts.find(accountId)
                .filter(a -> a.companyId().equals(company))
                .orElseThrow(() -> Refusal.notFound("the account"));
        if (change.newLevel() == null && !change.deactivate()) {
            throw Refusal.invalid("invalid-request", "Say what to change: a level, or status DEACTIVATED.");
        }
        if (target.version() != change.version()) {
            throw Refusal.conflict("stale-version", "The account was changed meanwhile; read it again.");
        }
        if (caller instanceof Caller.Member member && !StaffRules.mayChange(member.level(), target, change.newLevel())) {
            throw Refusal.notPermitted("Your level may not change this account that way.");
        }
        List<PortalAccount> staff = accounts.allOf(company);
        if (!caller.isAgent() && StaffRules.wouldRemoveLastPrimary(target, change.newLevel(), change.deactivate(), staff)) {
            throw Refusal.conflict("last-primary", "This is the company's last active Primary; name another first.");
        }
        List<StaffStanding> before = coverage.standingsOf(staff);

        if (change.newLevel() != null) {
            target.changeLevel(change.newLevel());
        }
        if (change.deactivate()) {
            target.deactivate();
            sessions.revokeAllOf(target.id(), now());
        }
        PortalAccount saved = accounts.update(target);

        List<PortalAccount> after = accounts.allOf(company);
        Set<CompanyWarning> raised = CoverageRules.raisedBy(before, coverage.standingsOf(after));
        watch.reconcile(company, after);
        audit.record(AuditEvent.of(caller, change.deactivate() ? "ACCOUNT_DEACTIVATED" : "ACCOUNT_LEVEL_CHANGED",
                company, target.id().value(), "level " + saved.level() + ", status " + saved.status(), now()));
        return new ChangedAccount(saved, raised);
    }

    private void authorize(Caller caller, CompanyId company) {
        if (caller.isAgent()) {
            companies.find(company).orElseThrow(() -> Refusal.notFound("the company"));
        } else {
            Authorization.require(caller, Capability.MANAGE_STAFF_ACCOUNTS, company);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}

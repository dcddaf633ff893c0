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
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.account.StaffChanger;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/** A company's staff accounts: seen and changed by its Primaries and Managers, and by agents. */
@ApplicationScoped
@Transactional
public class StaffAdministration implements ListStaffUseCase, ChangeStaffAccountUseCase {

    private final Accounts accounts;
    private final Companies companies;
    private final AccountSessions sessions;
    private final StaffWatch watch;
    private final AuditTrail audit;
    private final Clock clock;

    protected StaffAdministration() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public StaffAdministration(Accounts accounts, Companies companies, AccountSessions sessions, StaffWatch watch, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.companies = companies;
        this.sessions = sessions;
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
        companies.lockForChange(company);
        PortalAccount target = accounts.find(accountId, company)
                .orElseThrow(() -> Refusal.notFound("the account"));
        if (change.newLevel() == null && !change.deactivate()) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Say what to change: a level, or status DEACTIVATED.");
        }
        target.readAt(change.version());
        List<PortalAccount> staff = accounts.allOf(company);
        StaffWatch.Before before = watch.before(staff);
        StaffChanger by = caller instanceof Caller.Member member ? new StaffChanger.Member(member.level())
                : new StaffChanger.Agent();
        LifeCycleRefusals.step(() -> {
            // deactivation first: it is judged on the level the account has now
            if (change.deactivate()) {
                target.deactivate(by, staff);
            }
            if (change.newLevel() != null) {
                target.changeLevel(by, change.newLevel(), staff);
            }
        });
        PortalAccount saved = accounts.update(target);
        // a person who works for another company too keeps their sessions: from now on they act
        // for that one only, as the company of this membership no longer admits them
        if (change.deactivate() && !Memberships.activeElsewhere(accounts.membershipsOf(target.id()), company)) {
            sessions.revokeAllOf(target.id(), now());
        }
        Set<CompanyWarning> raised = watch.changed(company, before, accounts.allOf(company));
        audit.record(AuditEvent.of(caller, change.deactivate() ? "ACCOUNT_DEACTIVATED" : "ACCOUNT_LEVEL_CHANGED",
                company, target.id().value(), "level " + saved.level() + ", status " + saved.status(), now()));
        return new ChangedAccount(saved, raised);
    }

    private void authorize(Caller caller, CompanyId company) {
        if (Authorization.requireAgentOr(caller, Capability.MANAGE_STAFF_ACCOUNTS, company).isEmpty()) {
            companies.find(company).orElseThrow(() -> Refusal.notFound("the company"));
        }
    }

    private Instant now() {
        return clock.instant();
    }
}

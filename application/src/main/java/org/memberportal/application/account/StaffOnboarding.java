package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;

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
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;

/** How people get their accounts: requests by Managers and Primaries, decisions and accounts by agents. */
@ApplicationScoped
@Transactional
public class StaffOnboarding implements RequestStaffAccountUseCase, ListAccountRequestsUseCase,
        DecideAccountRequestUseCase, OpenAccountUseCase {

    private final Accounts accounts;
    private final AccountRequests requests;
    private final Companies companies;
    private final AgentAddresses agents;
    private final ActivationLinks activationLinks;
    private final AuditTrail audit;
    private final AccountSettings settings;
    private final Clock clock;

    protected StaffOnboarding() {
        this(null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public StaffOnboarding(Accounts accounts, AccountRequests requests, Companies companies, AgentAddresses agents,
            ActivationLinks activationLinks, AuditTrail audit, AccountSettings settings, Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.companies = companies;
        this.agents = agents;
        this.activationLinks = activationLinks;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AccountRequest request(Caller caller, CompanyId company, NewStaffMember person) {
        Caller.Member member = Authorization.require(caller, Capability.REQUEST_STAFF_ACCOUNTS, company);
        AccountRequest asked = LifeCycleRefusals.answer(
                () -> PortalAccount.request(company, member.accountId(), member.level(), person.fullName(),
                        person.email(), person.level(), now()));
        requireUnused(person.email());
        AccountRequest request = requests.add(asked);
        audit.record(AuditEvent.of(caller, "ACCOUNT_REQUESTED", company, request.id(),
                person.email() + " as " + person.level(), now()));
        if (settings.autoApproveRequests()) {
            approve(null, request); // approved by the portal's setting, no person
            return requests.find(request.id()).orElseThrow();
        }
        return request;
    }

    @Override
    public Page<AccountRequest> ofCompany(Caller caller, CompanyId company, PageRequest page) {
        if (!caller.isAgent()) {
            Authorization.require(caller, Capability.REQUEST_STAFF_ACCOUNTS, company);
        }
        return requests.page(company, null, page);
    }

    @Override
    public Page<AccountRequest> all(Caller caller, AccountRequest.Status status, PageRequest page) {
        Authorization.requireAgent(caller);
        return requests.page(null, status, page);
    }

    @Override
    public PortalAccount approve(Caller caller, String requestId) {
        Authorization.requireAgent(caller);
        AccountRequest request = pending(requestId);
        requireNoAccount(request.email());
        return approve(caller, request);
    }

    private PortalAccount approve(Caller approver, AccountRequest request) {
        PortalAccount account = accounts.add(request.approve(now()));
        requests.update(request);
        activationLinks.send(account);
        String details = "account " + account.id();
        audit.record(approver == null
                ? AuditEvent.bySystem("ACCOUNT_REQUEST_APPROVED", request.companyId(), request.id(), details, now())
                : AuditEvent.of(approver, "ACCOUNT_REQUEST_APPROVED", request.companyId(), request.id(), details,
                        now()));
        return account;
    }

    @Override
    public AccountRequest reject(Caller caller, String requestId, String reason) {
        Authorization.requireAgent(caller);
        AccountRequest request = pending(requestId);
        try {
            request.reject(reason, now());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, e.getMessage());
        }
        requests.update(request);
        audit.record(AuditEvent.of(caller, "ACCOUNT_REQUEST_REJECTED", request.companyId(), request.id(), reason,
                now()));
        return request;
    }

    @Override
    public PortalAccount open(Caller caller, CompanyId company, NewStaffMember person) {
        Authorization.requireAgent(caller);
        companies.find(company).orElseThrow(() -> Refusal.notFound("the company"));
        requireUnused(person.email());
        PortalAccount account = accounts.add(PortalAccount.pendingActivation(company, person.fullName(),
                person.email(), person.level(), now()));
        activationLinks.send(account);
        audit.record(AuditEvent.of(caller, "ACCOUNT_OPENED", company, account.id().value(),
                person.email() + " as " + person.level(), now()));
        return account;
    }

    private AccountRequest pending(String requestId) {
        AccountRequest request = requests.find(requestId).orElseThrow(() -> Refusal.notFound("the account request"));
        if (!request.isPending()) {
            throw Refusal.conflict(ProblemCode.ALREADY_DECIDED, "The request was already " + request.status() + ".");
        }
        return request;
    }

    /** One account per person: an address may not have an account, an agent, or a pending request. */
    private void requireUnused(EmailAddress email) {
        requireNoAccount(email);
        if (requests.pendingFor(email)) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, "A request for " + email + " is already waiting.");
        }
    }

    private void requireNoAccount(EmailAddress email) {
        if (accounts.findByEmail(email).isPresent() || agents.findByEmail(email).isPresent()) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, email + " already has an account.");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}

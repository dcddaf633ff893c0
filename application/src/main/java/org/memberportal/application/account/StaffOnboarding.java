package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
import org.memberportal.domain.account.AccountStatus;
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
    private final ActivationSubscriptions subscriptions;
    private final Clock clock;

    protected StaffOnboarding() {
        this(null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public StaffOnboarding(Accounts accounts, AccountRequests requests, Companies companies, AgentAddresses agents,
            ActivationLinks activationLinks, AuditTrail audit, AccountSettings settings,
            ActivationSubscriptions subscriptions, Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.companies = companies;
        this.agents = agents;
        this.activationLinks = activationLinks;
        this.audit = audit;
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public AccountRequest request(Caller caller, CompanyId company, NewStaffMember person) {
        Caller.Member member = Authorization.require(caller, Capability.REQUEST_STAFF_ACCOUNTS, company);
        AccountRequest asked = LifeCycleRefusals.answer(
                () -> AccountRequest.open(company, member.accountId(), member.level(), person.fullName(),
                        person.email(), person.level(), now()));
        requireNotInCompany(person.email(), company);
        if (requests.pendingFor(person.email(), company)) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, "A request for " + person.email() + " is already waiting.");
        }
        // an address known outside this company is told apart for the agent only: the requester
        // gets the answer any new address gets
        if (accounts.findByEmail(person.email()).isPresent() || agents.findByEmail(person.email()).isPresent()) {
            asked = asked.knownElsewhere();
        }
        AccountRequest request = requests.add(asked);
        audit.record(AuditEvent.of(caller, "ACCOUNT_REQUESTED", company, request.id(),
                person.email() + " as " + person.level(), now()));
        if (settings.autoApproveRequests() && agents.findByEmail(person.email()).isEmpty()) {
            approve(null, request); // approved by the portal's setting, no person
            return requests.find(request.id()).orElseThrow();
        }
        return request;
    }

    @Override
    public Page<AccountRequest> ofCompany(Caller caller, CompanyId company, PageRequest page) {
        Authorization.requireAgentOr(caller, Capability.REQUEST_STAFF_ACCOUNTS, company);
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
        requireNotAnAgent(request.email());
        requireNotInCompany(request.email(), request.companyId());
        return approve(caller, request);
    }

    private PortalAccount approve(Caller approver, AccountRequest request) {
        Optional<PortalAccount> known = accounts.findByEmail(request.email());
        // a simultaneous approval of the same request may have made the membership since this one
        // checked: the person is then a member already, which is this caller's conflict
        PortalAccount account = accounts.add(LifeCycleRefusals.answer(() -> known.isPresent()
                ? request.approveFor(known.get(), now())
                : request.approve(now())));
        requests.update(request);
        sendActivationUnlessActive(account);
        String details = "account " + account.id() + (known.isPresent() ? ", a membership of a known person" : "");
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
        requireNotAnAgent(person.email());
        requireNotInCompany(person.email(), company);
        if (requests.pendingFor(person.email(), company)) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, "A request for " + person.email() + " is already waiting.");
        }
        Optional<PortalAccount> known = accounts.findByEmail(person.email());
        PortalAccount account = accounts.add(known.isPresent()
                ? LifeCycleRefusals.answer(() -> known.get().joining(company, person.level(), now()))
                : PortalAccount.pendingActivation(company, person.fullName(), person.email(), person.level(), now()));
        sendActivationUnlessActive(account);
        audit.record(AuditEvent.of(caller, "ACCOUNT_OPENED", company, account.id().value(),
                person.email() + " as " + person.level(), now()));
        return account;
    }

    /**
     * A person who has their password already needs no activation for a new membership; what
     * its level opens to them they receive as on activation.
     */
    private void sendActivationUnlessActive(PortalAccount account) {
        if (account.status() == AccountStatus.PENDING_ACTIVATION) {
            activationLinks.send(account);
        } else {
            subscriptions.subscribeOnJoining(account, accounts.membershipsOf(account.id()).stream()
                    .filter(m -> !m.companyId().equals(account.companyId())).toList(), now());
        }
    }

    private AccountRequest pending(String requestId) {
        AccountRequest request = requests.find(requestId).orElseThrow(() -> Refusal.notFound("the account request"));
        if (!request.isPending()) {
            throw Refusal.conflict(ProblemCode.ALREADY_DECIDED, "The request was already " + request.status() + ".");
        }
        return request;
    }

    /** One membership per person and company. */
    private void requireNotInCompany(EmailAddress email, CompanyId company) {
        if (accounts.findByEmail(email).flatMap(person -> accounts.find(person.id(), company)).isPresent()) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, email + " already has an account in this company.");
        }
    }

    /** Agents are not members of any company (docs/rules.md, who is who). */
    private void requireNotAnAgent(EmailAddress email) {
        if (agents.findByEmail(email).isPresent()) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL,
                    email + " belongs to a support agent; agents are not members of a company.");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}

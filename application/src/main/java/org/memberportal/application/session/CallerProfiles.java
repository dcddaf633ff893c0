package org.memberportal.application.session;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.company.Companies;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.identity.Caller;

@ApplicationScoped
@Transactional
public class CallerProfiles implements DescribeCallerUseCase {

    private final Accounts accounts;
    private final Companies companies;
    private final SupportAgents agents;

    protected CallerProfiles() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public CallerProfiles(Accounts accounts, Companies companies, SupportAgents agents) {
        this.accounts = accounts;
        this.companies = companies;
        this.agents = agents;
    }

    @Override
    public CallerProfile describe(Caller caller) {
        if (caller instanceof Caller.Member member) {
            return of(accounts.find(member.accountId(), member.companyId())
                    .orElseThrow(() -> Refusal.notFound("the account")));
        }
        Caller.Agent agent = (Caller.Agent) caller;
        return of(agents.find(agent.agentId()).orElseThrow(() -> Refusal.notFound("the agent")));
    }

    @Override
    public CallerProfile describePerson(AccountId person) {
        PortalAccount principal = accounts.find(person).orElseThrow(() -> Refusal.notFound("the account"));
        return new CallerProfile(principal.id().value(), principal.fullName(), principal.email().value(),
                CallerProfile.Role.MEMBER, null, null, null, null, Set.of(), membershipsOf(principal));
    }

    /** The membership acted for, with the person's memberships in every company. */
    CallerProfile of(PortalAccount account) {
        Company company = companies.find(account.companyId()).orElseThrow(() -> Refusal.notFound("the company"));
        return new CallerProfile(account.id().value(), account.fullName(), account.email().value(),
                CallerProfile.Role.MEMBER, account.level(), account.status(), company.id().value(), company.name(),
                CapabilityMatrix.capabilitiesOf(account.level()), membershipsOf(account));
    }

    private List<CallerProfile.Membership> membershipsOf(PortalAccount person) {
        return accounts.membershipsOf(person.id()).stream()
                .map(m -> new CallerProfile.Membership(m.companyId().value(),
                        companies.find(m.companyId()).map(Company::name).orElse(null), m.level(), m.status(),
                        m.status() == AccountStatus.ACTIVE ? CapabilityMatrix.capabilitiesOf(m.level()) : Set.of()))
                .toList();
    }

    CallerProfile of(SupportAgent agent) {
        return new CallerProfile(agent.id().value(), agent.fullName(), agent.email().value(),
                CallerProfile.Role.AGENT, null, null, null, null, Set.of(), List.of());
    }
}

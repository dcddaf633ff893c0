package org.memberportal.application.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.mail.OutboxEntry;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAgents;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAuditTrail;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

/**
 * What every member service stands on, in memory: a clock, two companies, their accounts, an
 * agent, the audit trail and the outbox with its notices.
 */
public final class ServicesWorld {

    public static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    public final MutableClock clock = new MutableClock(NOW);
    public final InMemoryCompanies companies = new InMemoryCompanies();
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryAgents agents = new InMemoryAgents();
    public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    public final InMemoryOutbox outbox = new InMemoryOutbox();
    public final MemberNotices notices = new MemberNotices(outbox, TestLinks.PORTAL, clock);
    public final Company acme = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2026-12-31"), null);
    public final Company globex = new Company(CompanyId.newId(), "Globex", LocalDate.parse("2026-12-31"), null);
    public final Caller.Agent agent = new Caller.Agent(AgentId.newId());
    private int people;

    public ServicesWorld() {
        companies.add(acme);
        companies.add(globex);
        agents.add(new SupportAgent(agent.agentId(), "Sue Support", EmailAddress.of("sue@vendor.example"), "hash"));
    }

    /** An active account of the company at that level, as the caller it logs in as. */
    public Caller.Member member(Company company, PermissionLevel level) {
        people++;
        PortalAccount account = PortalAccount.pendingActivation(company.id(), "Person " + people,
                EmailAddress.of("person" + people + "@" + company.name().toLowerCase() + ".example"), level, NOW);
        account.activate("hash");
        accounts.add(account);
        return new Caller.Member(account.id(), company.id(), level);
    }

    public PortalAccount accountOf(Caller.Member member) {
        return accounts.find(member.accountId()).orElseThrow();
    }

    public void replaceCompany(Company company) {
        companies.add(company);
    }

    public List<OutgoingEmail> emails() {
        return outbox.newestFirst(null, PageRequest.first(200)).items().stream().map(OutboxEntry::email).toList();
    }
}

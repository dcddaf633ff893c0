package org.memberportal.application.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.ticket.SupportTerms;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketDraft;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.domain.ticket.TicketStatus;

/** Support tickets: opened and followed by members, answered and settled by agents. */
@ApplicationScoped
@Transactional
public class TicketDesk implements OpenTicketUseCase, ListTicketsUseCase, ShowTicketUseCase, ReplyToTicketUseCase {

    private final Tickets tickets;
    private final TicketNumbers numbers;
    private final Companies companies;
    private final Accounts accounts;
    private final SupportAgents agents;
    private final MemberNotices notices;
    private final AuditTrail audit;
    private final SupportTerms terms;
    private final TicketReplyThrottle replies;
    private final Clock clock;

    protected TicketDesk() {
        this(null, null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public TicketDesk(Tickets tickets, TicketNumbers numbers, Companies companies, Accounts accounts,
            SupportAgents agents, MemberNotices notices, AuditTrail audit, SupportTerms terms,
            TicketReplyThrottle replies, Clock clock) {
        this.tickets = tickets;
        this.numbers = numbers;
        this.companies = companies;
        this.accounts = accounts;
        this.agents = agents;
        this.notices = notices;
        this.audit = audit;
        this.terms = terms;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public Ticket open(Caller caller, NewTicket command) {
        Caller.Member member = Authorization.requireOwn(caller, Capability.CREATE_TICKETS);
        Company company = companies.find(member.companyId()).orElseThrow(() -> Refusal.notFound("the company"));
        if (!terms.entitles(company, today())) {
            throw new Refusal(Refusal.Kind.NOT_PERMITTED, ProblemCode.MAINTENANCE_PLAN_REQUIRED,
                    "Ticket support needs an active maintenance plan, and the company has none.");
        }
        String authorName = accounts.find(member.accountId(), member.companyId()).orElseThrow(() -> Refusal.notFound("the account"))
                .fullName();
        TicketDraft draft = Inputs.checked(
                () -> new TicketDraft(command.subject(), command.description(), command.priority()));
        Ticket ticket = tickets.add(Ticket.open(numbers.next(), member, authorName, draft,
                terms.serviceLevel(company, today()), now()));
        audit.record(AuditEvent.of(caller, "TICKET_OPENED", ticket.companyId(), ticket.id(),
                ticket.number() + ", " + ticket.priority(), now()));
        return ticket;
    }

    /** One read, no transaction of its own: members' lists are the busiest endpoint. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Ticket> list(Caller caller, Scope scope, TicketStatus status, PageRequest page) {
        Caller.Member member;
        if (scope == Scope.COMPANY) {
            member = Authorization.requireOwn(caller, Capability.SEE_COMPANY_TICKETS);
            return tickets.page(new Tickets.Filter(member.companyId(), null, status), page);
        }
        member = Authorization.requireOwn(caller, Capability.CREATE_TICKETS);
        return tickets.page(new Tickets.Filter(member.companyId(), member.accountId(), status), page);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Ticket> all(Caller caller, CompanyId company, TicketStatus status, PageRequest page) {
        Authorization.requireAgent(caller);
        return tickets.page(new Tickets.Filter(company, null, status), page);
    }

    @Override
    public TicketThread show(Caller caller, String ticketId) {
        Ticket ticket = tickets.visibleTo(caller, ticketId);
        // internal notes are the vendor's: a member's view never reads them
        return new TicketThread(ticket, tickets.repliesOf(ticket.companyId(), ticket.id()),
                caller.isAgent() ? tickets.notesOf(ticket.id()) : List.of(), tickets.attachmentsOf(ticket.id()));
    }

    @Override
    public TicketReply reply(Caller caller, String ticketId, String body) {
        Ticket ticket = tickets.visibleTo(caller, ticketId);
        if (!ticket.mayBeRepliedToBy(caller)) {
            throw Refusal.notPermitted("Your permission level does not allow replying to this ticket.");
        }
        if (ticket.status() == TicketStatus.CLOSED) {
            throw Refusal.conflict(ProblemCode.TICKET_CLOSED, "The ticket is closed; open a new one.");
        }
        if (caller instanceof Caller.Member member) {
            replies.admit(member.accountId(), now());
        }
        // one moment for the reply and the ticket: an agent's first reply is the first answer's time
        Instant at = now();
        TicketReply reply = Inputs.checked(() -> caller instanceof Caller.Member member
                ? TicketReply.of(ticket, TicketReply.AuthorKind.MEMBER, member.accountId().value(),
                        accounts.find(member.accountId(), member.companyId()).orElseThrow(() -> Refusal.notFound("the account"))
                                .fullName(), body, at)
                : TicketReply.of(ticket, TicketReply.AuthorKind.AGENT, agentIdOf(caller), agentNameOf(caller), body,
                        at));
        ticket.replied(caller, at);
        tickets.update(ticket);
        tickets.addReply(reply);
        if (caller.isAgent()) {
            // a company's ticket is told only to whoever is active in that company now
            accounts.find(ticket.authorId(), ticket.companyId()).filter(PortalAccount::mayLogIn)
                    .ifPresent(author -> notices.sendAbout("tickets/" + ticket.id(), ticket.companyId(), author,
                    "TICKET_REPLY",
                    "New reply to your ticket " + ticket.number(),
                    "the support team replied to your ticket " + ticket.number() + " (" + ticket.subject() + "):",
                    reply.body(),
                    "Reply in the member portal; the ticket is " + ticket.status() + "."));
        }
        audit.record(AuditEvent.of(caller, "TICKET_REPLIED", ticket.companyId(), ticket.id(), reply.id(), now()));
        return reply;
    }

    private static String agentIdOf(Caller caller) {
        return ((Caller.Agent) caller).agentId().value();
    }

    private String agentNameOf(Caller caller) {
        return agents.find(((Caller.Agent) caller).agentId()).map(a -> a.fullName()).orElse("Support");
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}

package org.memberportal.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAttemptCounters;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryTickets;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.application.testing.TestLinks;
import org.memberportal.application.ticket.ChangeTicketUseCase.TicketChange;
import org.memberportal.application.ticket.ListTicketsUseCase.Scope;
import org.memberportal.application.ticket.OpenTicketUseCase.NewTicket;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.ticket.ResponseTargets;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.SupportTerms;
import org.memberportal.domain.ticket.TicketPolicy;
import org.memberportal.domain.ticket.TicketPriority;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.domain.ticket.TicketStatus;

class TicketDeskTest {

    private final ServicesWorld world = new ServicesWorld();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryAttemptCounters replyCounters = new InMemoryAttemptCounters();
    private TicketDesk desk = desk(TicketPolicy.ALL_MEMBERS);

    private TicketDesk desk(TicketPolicy policy) {
        return new TicketDesk(tickets, tickets, world.companies, world.accounts, world.agents, world.notices,
                world.audit, new SupportTerms(policy, ResponseTargets.DECIDED),
                new TicketReplyThrottle(replyCounters, new TicketReplyLimit(3, Duration.ofHours(1))), world.clock);
    }

    private final TicketHandling handling = new TicketHandling(tickets, world.companies, world.agents,
            new AssignmentMail(world.outbox, TestLinks.PORTAL, world.clock), world.audit, ResponseTargets.DECIDED,
            world.clock);

    private Ticket open(Caller.Member member) {
        return desk.open(member, new NewTicket("It crashes", "Since the update.", TicketPriority.HIGH));
    }

    @Test
    void aMembersRepliesPastTheLimitAreRefusedUntilTheWindowEndsWhileAnAgentsAreNot() {
        Caller.Member author = world.member(world.acme, BASIC);
        Ticket ticket = open(author);
        for (int i = 0; i < 3; i++) {
            desk.reply(author, ticket.id(), "More detail " + i);
        }

        TooManyAttempts refused = catchThrowableOfType(TooManyAttempts.class,
                () -> desk.reply(author, ticket.id(), "One too many"));
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(1));
        desk.reply(world.agent, ticket.id(), "The agent answers whatever the member's count.");
        world.clock.advance(Duration.ofHours(1));
        desk.reply(author, ticket.id(), "A new hour");
    }

    @Test
    void aMemberOpensANumberedTicket() {
        Caller.Member author = world.member(world.acme, BASIC);
        Ticket first = open(author);
        Ticket second = open(world.member(world.globex, BASIC));

        assertThat(first.number()).hasToString("T-000001");
        assertThat(second.number()).hasToString("T-000002");
        assertThat(first.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(first.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(first.authorName()).isEqualTo(world.accountOf(author).fullName());
        assertThat(world.audit.actions()).containsExactly("TICKET_OPENED", "TICKET_OPENED");
    }

    @Test
    void invalidInputUsesUpNoNumber() {
        Caller.Member member = world.member(world.acme, BASIC);

        Refusal refused = catchThrowableOfType(Refusal.class, () -> desk.open(member, new NewTicket(" ", "x", null)));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(open(member).number()).hasToString("T-000001");
    }

    @ParameterizedTest(name = "policy {0}, plan ending {1}: may open {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ALL_MEMBERS               |            | true
            MAINTENANCE_PLAN_REQUIRED |            | false
            MAINTENANCE_PLAN_REQUIRED | 2026-11-27 | false
            MAINTENANCE_PLAN_REQUIRED | 2027-11-27 | true
            """)
    void thePolicyMayRequireAMaintenancePlan(TicketPolicy policy, LocalDate planEndsOn, boolean mayOpen) {
        world.replaceCompany(new Company(world.acme.id(), "Acme", world.acme.supportPeriodEndsOn(), planEndsOn));
        desk = desk(policy);
        Caller.Member member = world.member(world.acme, PRIMARY_OWNER);

        if (mayOpen) {
            assertThat(open(member).status()).isEqualTo(TicketStatus.OPEN);
        } else {
            Refusal refused = catchThrowableOfType(Refusal.class, () -> open(member));
            assertThat(refused.kind()).isEqualTo(Refusal.Kind.NOT_PERMITTED);
            assertThat(refused.code()).isEqualTo("maintenance-plan-required");
        }
    }

    @Test
    void agentsOpenNoTickets() {
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.open(world.agent, new NewTicket("a", "b", null)))
                .kind()).isEqualTo(Refusal.Kind.NOT_PERMITTED);
    }

    @ParameterizedTest(name = "{0}: company scope {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BASIC              | 403
            SALES_DESIGNER     | 403
            IT_TECH_SUPPORT    | 403
            MANAGER_SUPERVISOR | 2
            PRIMARY_OWNER      | 2
            """)
    void theCompanyScopeNeedsTheCapability(PermissionLevel level, String expected) {
        Caller.Member author = world.member(world.acme, BASIC);
        open(author);
        open(world.member(world.acme, SALES_DESIGNER));
        open(world.member(world.globex, BASIC));
        Caller.Member caller = world.member(world.acme, level);

        if (expected.equals("403")) {
            assertThat(catchThrowableOfType(Refusal.class,
                    () -> desk.list(caller, Scope.COMPANY, null, PageRequest.first(10))).kind())
                    .isEqualTo(Refusal.Kind.NOT_PERMITTED);
        } else {
            assertThat(desk.list(caller, Scope.COMPANY, null, PageRequest.first(10)).items())
                    .hasSize(Integer.parseInt(expected));
        }
        assertThat(desk.list(author, Scope.MINE, null, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void listsFilterByStatusAndPageNewestFirst() {
        Caller.Member author = world.member(world.acme, BASIC);
        Ticket first = open(author);
        Ticket second = open(author);
        Ticket third = open(author);
        handling.change(world.agent, second.id(), TicketChange.status(TicketStatus.RESOLVED, second.version()));

        var page1 = desk.list(author, Scope.MINE, null, PageRequest.first(2));
        var page2 = desk.list(author, Scope.MINE, null, new PageRequest(page1.next(), 2));

        // ids are time-ordered to the millisecond: newest first is descending id order
        assertThat(page1.items()).hasSize(2).extracting(Ticket::id).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page2.items()).hasSize(1);
        assertThat(page2.items().get(0).id()).isLessThan(page1.items().get(1).id());
        assertThat(page2.next()).isNull();
        assertThat(Stream.concat(page1.items().stream(), page2.items().stream()).map(Ticket::id))
                .containsExactlyInAnyOrder(first.id(), second.id(), third.id());
        assertThat(desk.list(author, Scope.MINE, TicketStatus.RESOLVED, PageRequest.first(10)).items())
                .extracting(Ticket::id).containsExactly(second.id());
        assertThat(desk.all(world.agent, null, TicketStatus.OPEN, PageRequest.first(10)).items()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # who              | company | sees and replies
            BASIC              | ACME    | 404
            IT_TECH_SUPPORT    | ACME    | 404
            MANAGER_SUPERVISOR | ACME    | 201
            PRIMARY_OWNER      | ACME    | 201
            PRIMARY_OWNER      | GLOBEX  | 404
            AGENT              | -       | 201
            """)
    void whoMaySeeAndReplyToAColleaguesTicket(String who, String company, int expected) {
        Ticket ticket = open(world.member(world.acme, BASIC));
        Caller caller = "AGENT".equals(who) ? world.agent
                : world.member("ACME".equals(company) ? world.acme : world.globex, PermissionLevel.valueOf(who));

        if (expected == 404) {
            assertThat(catchThrowableOfType(Refusal.class, () -> desk.show(caller, ticket.id())).kind())
                    .isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(catchThrowableOfType(Refusal.class, () -> desk.reply(caller, ticket.id(), "hi")).kind())
                    .isEqualTo(Refusal.Kind.NOT_FOUND);
        } else {
            TicketReply reply = desk.reply(caller, ticket.id(), "Have you tried turning it off and on?");
            assertThat(desk.show(caller, ticket.id()).replies()).containsExactly(reply);
        }
    }

    @Test
    void anAgentsReplyIsEmailedToTheAuthorAndAMembersIsNot() {
        Caller.Member author = world.member(world.acme, BASIC);
        Ticket ticket = open(author);

        desk.reply(world.member(world.acme, MANAGER_SUPERVISOR), ticket.id(), "Our manager looks at it.");
        assertThat(world.emails()).isEmpty();

        TicketReply reply = desk.reply(world.agent, ticket.id(), "Please install <5.2.1> & retry.");

        assertThat(reply.authorKind()).isEqualTo(TicketReply.AuthorKind.AGENT);
        assertThat(reply.authorName()).isEqualTo("Sue Support");
        assertThat(world.emails()).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo("TICKET_REPLY");
            assertThat(email.to()).isEqualTo(world.accountOf(author).email());
            assertThat(email.subject()).contains("T-000001");
            assertThat(email.textBody()).contains("Please install <5.2.1> & retry.");
            assertThat(email.htmlBody()).contains("Please install &lt;5.2.1&gt; &amp; retry.");
        });
    }

    @Test
    void aMembersReplyReopensAndAClosedTicketTakesNone() {
        Caller.Member author = world.member(world.acme, BASIC);
        Ticket ticket = open(author);
        Ticket pending = handling.change(world.agent, ticket.id(), TicketChange.status(TicketStatus.PENDING, ticket.version()));

        desk.reply(author, ticket.id(), "Here is the log.");
        Ticket reopened = desk.show(author, ticket.id()).ticket();
        Ticket closed = handling.change(world.agent, ticket.id(), TicketChange.status(TicketStatus.CLOSED, reopened.version()));

        assertThat(pending.status()).isEqualTo(TicketStatus.PENDING);
        assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.reply(author, ticket.id(), "more")).code())
                .isEqualTo("ticket-closed");
    }

    @Test
    void onlyAgentsChangeTheStatusAndAStaleVersionIsRefused() {
        Caller.Member primary = world.member(world.acme, PRIMARY_OWNER);
        Ticket ticket = open(primary);

        assertThat(catchThrowableOfType(Refusal.class,
                () -> handling.change(primary, ticket.id(), TicketChange.status(TicketStatus.CLOSED, ticket.version()))).kind())
                .isEqualTo(Refusal.Kind.NOT_PERMITTED);
        handling.change(world.agent, ticket.id(), TicketChange.status(TicketStatus.PENDING, ticket.version()));
        assertThat(catchThrowableOfType(Refusal.class,
                () -> handling.change(world.agent, ticket.id(), TicketChange.status(TicketStatus.CLOSED, ticket.version()))).code())
                .isEqualTo("stale-version");
        assertThat(world.audit.actions()).contains("TICKET_CHANGED");
    }
}

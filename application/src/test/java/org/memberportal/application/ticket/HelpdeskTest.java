package org.memberportal.application.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.BASIC;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memberportal.application.agent.AgentDeactivated;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAttemptCounters;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryTickets;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.application.testing.TestLinks;
import org.memberportal.application.ticket.BulkChangeTicketsUseCase.BulkOutcome;
import org.memberportal.application.ticket.ChangeTicketUseCase.TicketChange;
import org.memberportal.application.ticket.OpenTicketUseCase.NewTicket;
import org.memberportal.application.ticket.WorkTicketQueuesUseCase.QueueName;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.AttachmentLimits;
import org.memberportal.domain.ticket.ResponseTargets;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.SupportTerms;
import org.memberportal.domain.ticket.TicketPolicy;
import org.memberportal.domain.ticket.TicketPriority;
import org.memberportal.domain.ticket.TicketStatus;

class HelpdeskTest {

    private final ServicesWorld world = new ServicesWorld();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final TicketDesk desk = new TicketDesk(tickets, tickets, world.companies, world.accounts, world.agents,
            world.notices, world.audit, new SupportTerms(TicketPolicy.ALL_MEMBERS, ResponseTargets.DECIDED),
            new TicketReplyThrottle(new InMemoryAttemptCounters(), new TicketReplyLimit(100, Duration.ofHours(1))),
            world.clock);
    private final TicketHandling handling = new TicketHandling(tickets, world.companies, world.agents,
            new AssignmentMail(world.outbox, TestLinks.PORTAL, world.clock), world.audit, ResponseTargets.DECIDED,
            world.clock);
    private final Helpdesk helpdesk = new Helpdesk(tickets, handling, world.clock);
    private final SupportAgent colleague = new SupportAgent(AgentId.newId(), "Carl Colleague",
            EmailAddress.of("carl@vendor.example"), "hash");
    private final Caller.Member author;

    HelpdeskTest() {
        world.agents.add(colleague);
        author = world.member(world.acme, BASIC);
    }

    private Ticket open(TicketPriority priority) {
        return desk.open(author, new NewTicket("It crashes", "Since the update.", priority));
    }

    private List<String> queue(Caller.Agent agent, QueueName name) {
        return helpdesk.queue(agent, name, null, null, null, PageRequest.first(50)).items().stream().map(Ticket::id)
                .toList();
    }

    @Test
    void queuesHoldWhatTheyShouldSoonestDueFirst() {
        Ticket low = open(TicketPriority.LOW);
        Ticket urgent = open(TicketPriority.URGENT);
        Ticket mine = open(TicketPriority.NORMAL);
        Ticket closed = open(TicketPriority.HIGH);
        handling.change(world.agent, mine.id(), TicketChange.assign(world.agent.agentId(), mine.version()));
        handling.change(world.agent, closed.id(), TicketChange.status(TicketStatus.CLOSED, closed.version()));

        assertThat(queue(world.agent, QueueName.UNASSIGNED)).containsExactly(urgent.id(), low.id());
        assertThat(queue(world.agent, QueueName.MINE)).containsExactly(mine.id());
        assertThat(queue(new Caller.Agent(colleague.id()), QueueName.MINE)).isEmpty();
        assertThat(queue(world.agent, QueueName.OPEN)).containsExactly(urgent.id(), mine.id(), low.id());
        assertThat(queue(world.agent, QueueName.ALL)).containsExactly(urgent.id(), closed.id(), mine.id(), low.id());
        assertThat(helpdesk.queue(world.agent, QueueName.ALL, null, null, TicketPriority.LOW, PageRequest.first(5))
                .items()).extracting(Ticket::id).containsExactly(low.id());
    }

    @Test
    void aQueuePagesByDueTime() {
        Ticket low = open(TicketPriority.LOW);
        Ticket urgent = open(TicketPriority.URGENT);
        Ticket normal = open(TicketPriority.NORMAL);

        Page<Ticket> first = helpdesk.queue(world.agent, QueueName.OPEN, null, null, null, PageRequest.first(2));
        Page<Ticket> second = helpdesk.queue(world.agent, QueueName.OPEN, null, null, null,
                new PageRequest(first.next(), 2));

        assertThat(first.items()).extracting(Ticket::id).containsExactly(urgent.id(), normal.id());
        assertThat(second.items()).extracting(Ticket::id).containsExactly(low.id());
        assertThat(second.next()).isNull();
        assertThat(catchThrowableOfType(Refusal.class, () -> helpdesk.queue(world.agent, QueueName.OPEN, null, null,
                null, new PageRequest("junk", 2))).kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(catchThrowableOfType(Refusal.class, () -> queue(null, QueueName.OPEN))).isNotNull();
    }

    @Test
    void aColleagueGivenATicketIsEmailedAndNullUnassigns() {
        Ticket ticket = open(TicketPriority.HIGH);

        Ticket taken = handling.change(world.agent, ticket.id(), TicketChange.assign(world.agent.agentId(),
                ticket.version()));
        assertThat(world.emails()).as("taking one's own ticket mails nobody").isEmpty();
        Ticket given = handling.change(world.agent, ticket.id(), TicketChange.assign(colleague.id(), taken.version()));
        Ticket released = handling.change(world.agent, ticket.id(), TicketChange.assign(null, given.version()));

        assertThat(given.assigneeId()).contains(colleague.id());
        assertThat(world.emails()).singleElement().satisfies(email -> {
            assertThat(email.to()).isEqualTo(colleague.email());
            assertThat(email.kind()).isEqualTo("TICKET_ASSIGNED");
            assertThat(email.textBody()).contains(ticket.number().toString()).contains("admin/#/ticket/" + ticket.id());
        });
        assertThat(released.assigneeId()).isEmpty();
    }

    @Test
    void onlyAnActiveAgentTakesATicketAndADeactivatedOnesGoBack() {
        Ticket ticket = open(TicketPriority.HIGH);
        SupportAgent left = colleague.deactivated();
        Ticket given = handling.change(world.agent, ticket.id(), TicketChange.assign(colleague.id(), ticket.version()));

        new ReleaseTicketsOfDeactivatedAgent(tickets).release(new AgentDeactivated(colleague.id(), world.clock.instant()));
        world.agents.update(left);

        assertThat(given.assigneeId()).contains(colleague.id());
        assertThat(queue(world.agent, QueueName.UNASSIGNED)).containsExactly(ticket.id());
        Ticket reread = tickets.findForAgent(ticket.id()).orElseThrow();
        assertThat(catchThrowableOfType(Refusal.class, () -> handling.change(world.agent, ticket.id(),
                TicketChange.assign(colleague.id(), reread.version()))).kind()).isEqualTo(Refusal.Kind.INVALID);
    }

    @Test
    void theDueTimeFollowsPriorityAndPlanAndTheFirstPublicReplyOfAnAgentMeetsIt() {
        world.replaceCompany(new Company(world.acme.id(), "Acme", world.acme.supportPeriodEndsOn(),
                LocalDate.parse("2027-12-31")));
        Ticket ticket = open(TicketPriority.URGENT);
        assertThat(ticket.firstResponseDueAt()).isEqualTo(ticket.createdAt().plus(Duration.ofHours(4)));

        Ticket lowered = handling.change(world.agent, ticket.id(),
                new TicketChange(false, null, null, TicketPriority.LOW, ticket.version()));
        assertThat(lowered.firstResponseDueAt()).isEqualTo(ticket.createdAt().plus(Duration.ofHours(72)));

        world.clock.advance(Duration.ofHours(1));
        desk.reply(author, ticket.id(), "Any news?");
        assertThat(tickets.findForAgent(ticket.id()).orElseThrow().firstRespondedAt()).isEmpty();
        desk.reply(world.agent, ticket.id(), "Looking at it.");
        Ticket answered = tickets.findForAgent(ticket.id()).orElseThrow();
        assertThat(answered.firstRespondedAt()).contains(world.clock.instant());
        assertThat(answered.isBreached(world.clock.instant().plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void theWatchShowsWhatFallsDueWithinTheHourAndWhatIsLate() {
        Ticket urgent = open(TicketPriority.URGENT);
        Ticket high = open(TicketPriority.HIGH);
        open(TicketPriority.LOW);
        world.clock.advance(Duration.ofHours(7).plusMinutes(30));

        var watch = helpdesk.watch(world.agent);
        assertThat(watch.dueWithinTheHour().tickets()).extracting(Ticket::id).containsExactly(urgent.id());
        assertThat(watch.late().count()).isZero();

        world.clock.advance(Duration.ofHours(17));
        watch = helpdesk.watch(world.agent);
        assertThat(watch.late().tickets()).extracting(Ticket::id).containsExactly(urgent.id(), high.id());
        assertThat(watch.late().count()).isEqualTo(2);
    }

    @Test
    void aNoteIsShownToAgentsOnlyAndMailsNobody() {
        Ticket ticket = open(TicketPriority.HIGH);

        handling.addNote(world.agent, ticket.id(), "Customer is on the old build.");

        assertThat(desk.show(world.agent, ticket.id()).notes()).singleElement()
                .satisfies(note -> assertThat(note.body()).isEqualTo("Customer is on the old build."));
        assertThat(desk.show(author, ticket.id()).notes()).isEmpty();
        assertThat(world.emails()).isEmpty();
        assertThat(catchThrowableOfType(Refusal.class, () -> handling.addNote(author, ticket.id(), "x")).kind())
                .isEqualTo(Refusal.Kind.NOT_PERMITTED);
    }

    @Test
    void aBulkChangeDecidesEachTicketOnItsOwn() {
        Ticket first = open(TicketPriority.HIGH);
        Ticket stale = open(TicketPriority.HIGH);
        Ticket third = open(TicketPriority.HIGH);
        handling.change(world.agent, stale.id(), TicketChange.status(TicketStatus.PENDING, stale.version()));

        BulkOutcome outcome = helpdesk.change(world.agent, List.of(first.id(), stale.id(), third.id(), "unknown"),
                Map.of(stale.id(), stale.version()), new TicketChange(false, null, TicketStatus.CLOSED, null, null));

        assertThat(outcome.updated()).containsExactly(first.id(), third.id());
        assertThat(outcome.failed()).extracting(f -> f.id(), f -> f.refusal().problem())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(stale.id(), ProblemCode.STALE_VERSION),
                        org.assertj.core.groups.Tuple.tuple("unknown", null));
        assertThat(tickets.findForAgent(first.id()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(tickets.findForAgent(stale.id()).orElseThrow().status()).isEqualTo(TicketStatus.PENDING);
    }

    private final TicketFiles files = new TicketFiles(tickets, tickets.files, new AttachmentLimits(10, 2), world.audit,
            world.clock);

    private static AttachFileUseCase.Upload upload(String name, String text) {
        return new AttachFileUseCase.Upload(name, "text/html", new ByteArrayInputStream(text.getBytes(UTF_8)));
    }

    @Test
    void whoeverMayReplyAttachesWhoeverMaySeeDownloadsWithinTheLimits() throws Exception {
        Ticket ticket = open(TicketPriority.HIGH);

        TicketAttachment page = files.attach(author, ticket.id(), upload("C:\\temp\\page.html", "<b>hi</b>"));
        files.attach(world.agent, ticket.id(), upload("log.txt", "ok"));

        assertThat(page.filename()).isEqualTo("page.html");
        assertThat(page.size()).isEqualTo(9);
        assertThat(desk.show(author, ticket.id()).attachments()).hasSize(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.open(world.agent, ticket.id(), page.id()).content().writeTo(out);
        assertThat(out.toString(UTF_8)).isEqualTo("<b>hi</b>");
        assertThat(catchThrowableOfType(Refusal.class, () -> files.attach(author, ticket.id(), upload("x", "y")))
                .code()).isEqualTo("too-many-attachments");
        Caller.Member stranger = world.member(world.globex, org.memberportal.domain.access.PermissionLevel.PRIMARY_OWNER);
        assertThat(catchThrowableOfType(Refusal.class, () -> files.open(stranger, ticket.id(), page.id())).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        Caller.Member colleague = world.member(world.acme, BASIC);
        assertThat(catchThrowableOfType(Refusal.class, () -> files.attach(colleague, ticket.id(), upload("x", "y")))
                .kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void aFileOverTheLimitIsRefusedAsTooLargeAndAClosedTicketTakesNone() {
        Ticket ticket = open(TicketPriority.HIGH);

        assertThat(catchThrowableOfType(Refusal.class,
                () -> files.attach(author, ticket.id(), upload("big.txt", "01234567890"))).kind())
                .isEqualTo(Refusal.Kind.TOO_LARGE);
        handling.change(world.agent, ticket.id(), TicketChange.status(TicketStatus.CLOSED, ticket.version()));
        assertThat(catchThrowableOfType(Refusal.class, () -> files.attach(author, ticket.id(), upload("a", "b")))
                .code()).isEqualTo("ticket-closed");
    }
}

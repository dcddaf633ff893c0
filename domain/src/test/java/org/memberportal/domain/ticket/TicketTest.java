package org.memberportal.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;

class TicketTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final CompanyId ACME = CompanyId.newId();
    private static final CompanyId GLOBEX = CompanyId.newId();
    private final Caller.Member author = new Caller.Member(AccountId.newId(), ACME, PermissionLevel.BASIC);
    private final Ticket ticket = Ticket.open(new TicketNumber(123), author, "Ann Author",
            new TicketDraft("It crashes", "Since the update it crashes at start.", null),
            ResponseTargets.DECIDED.forCompany(false), NOW);

    @ParameterizedTest(name = "{0} of {1}: sees {2}, replies {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # level or AGENT   | company | sees  | replies
            BASIC              | ACME    | false | false
            SALES_DESIGNER     | ACME    | false | false
            IT_TECH_SUPPORT    | ACME    | false | false
            MANAGER_SUPERVISOR | ACME    | true  | true
            PRIMARY_OWNER      | ACME    | true  | true
            PRIMARY_OWNER      | GLOBEX  | false | false
            AGENT              | -       | true  | true
            """)
    void whoSeesAndRepliesToAnotherMembersTicket(String who, String company, boolean sees, boolean replies) {
        Caller caller = "AGENT".equals(who)
                ? new Caller.Agent(AgentId.newId())
                : new Caller.Member(AccountId.newId(), "ACME".equals(company) ? ACME : GLOBEX,
                        PermissionLevel.valueOf(who));

        assertThat(ticket.isVisibleTo(caller)).isEqualTo(sees);
        assertThat(ticket.mayBeRepliedToBy(caller)).isEqualTo(replies);
    }

    @Test
    void itsAuthorSeesAndRepliesWhateverTheLevel() {
        assertThat(ticket.isVisibleTo(author)).isTrue();
        assertThat(ticket.mayBeRepliedToBy(author)).isTrue();
    }

    @Test
    void aNewTicketIsOpenWithNormalPriorityAndItsNumberReadsAsT() {
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.priority()).isEqualTo(TicketPriority.NORMAL);
        assertThat(ticket.number()).hasToString("T-000123");
        assertThat(TicketNumber.parse("T-000123")).isEqualTo(ticket.number());
        assertThat(new TicketNumber(12_345_678)).hasToString("T-12345678");
    }

    @ParameterizedTest(name = "a {1} reply to a {0} ticket leaves it {2}")
    @CsvSource(delimiter = '|', textBlock = """
            OPEN     | member | OPEN
            PENDING  | member | OPEN
            RESOLVED | member | OPEN
            PENDING  | agent  | PENDING
            RESOLVED | agent  | RESOLVED
            """)
    void aMembersReplyPutsTheTicketBackToTheVendor(TicketStatus before, String by, TicketStatus after) {
        ticket.changeStatus(before, NOW);

        ticket.replied("agent".equals(by) ? new Caller.Agent(AgentId.newId()) : author, NOW.plusSeconds(60));

        assertThat(ticket.status()).isEqualTo(after);
        assertThat(ticket.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aClosedTicketTakesNoReply() {
        ticket.changeStatus(TicketStatus.CLOSED, NOW);

        assertThatThrownBy(() -> ticket.replied(author, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTicketNeedsASubjectOnOneLineAndADescription() {
        assertThatThrownBy(() -> new TicketDraft(" ", "text", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketDraft("a\nb", "text", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketDraft("subject", "", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}, plan {1}: first answer due within {2} h")
    @CsvSource(delimiter = '|', textBlock = """
            URGENT | true  | 4
            URGENT | false | 8
            HIGH   | true  | 8
            HIGH   | false | 24
            NORMAL | true  | 24
            NORMAL | false | 72
            LOW    | true  | 72
            LOW    | false | 120
            """)
    void theFirstAnswerIsDueByPriorityAndPlan(TicketPriority priority, boolean plan, int hours) {
        Ticket opened = Ticket.open(new TicketNumber(1), author, "Ann Author",
                new TicketDraft("Subject", "Text", priority), ResponseTargets.DECIDED.forCompany(plan), NOW);

        assertThat(opened.firstResponseDueAt()).isEqualTo(NOW.plusSeconds(hours * 3600L));
    }

    @Test
    void anAgentsFirstPublicReplyMeetsTheTargetAMembersDoesNot() {
        ticket.replied(author, NOW.plusSeconds(60));
        assertThat(ticket.firstRespondedAt()).isEmpty();

        ticket.replied(new Caller.Agent(AgentId.newId()), NOW.plusSeconds(3600));
        ticket.replied(new Caller.Agent(AgentId.newId()), NOW.plusSeconds(7200));

        assertThat(ticket.firstRespondedAt()).contains(NOW.plusSeconds(3600));
        assertThat(ticket.isBreached(NOW.plusSeconds(1000 * 3600))).isFalse();
    }

    @Test
    void anUnansweredTicketIsLateOnceItsDueTimePasses() {
        Instant due = ticket.firstResponseDueAt();

        assertThat(ticket.isBreached(due)).isFalse();
        assertThat(ticket.isBreached(due.plusSeconds(1))).isTrue();
        ticket.replied(new Caller.Agent(AgentId.newId()), due.plusSeconds(1));
        assertThat(ticket.isBreached(due.plusSeconds(1))).isTrue();
    }

    @Test
    void aPriorityChangeCountsTheNewTargetFromArrival() {
        ticket.changePriority(TicketPriority.URGENT, ResponseTargets.DECIDED.forCompany(true), NOW.plusSeconds(60));

        assertThat(ticket.priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(ticket.firstResponseDueAt()).isEqualTo(NOW.plusSeconds(4 * 3600));
    }

    @Test
    void onlyAnActiveAgentTakesATicket() {
        org.memberportal.domain.agent.SupportAgent agent = new org.memberportal.domain.agent.SupportAgent(
                AgentId.newId(), "Agent Smith", org.memberportal.domain.account.EmailAddress.of("smith@vendor.test"),
                "hash");

        ticket.assignTo(agent, NOW);
        assertThat(ticket.assigneeId()).contains(agent.id());
        assertThatThrownBy(() -> ticket.assignTo(agent.deactivated(), NOW)).isInstanceOf(IllegalArgumentException.class);
        ticket.unassign(NOW);
        assertThat(ticket.assigneeId()).isEmpty();
    }

    @Test
    void aPlanNeverLengthensTheWait() {
        assertThatThrownBy(() -> new ResponseTargets.Hours(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ResponseTargets.DECIDED.with(TicketPriority.LOW, new ResponseTargets.Hours(1, 2))
                .forCompany(true).firstResponse(TicketPriority.LOW)).hasHours(1);
    }
}

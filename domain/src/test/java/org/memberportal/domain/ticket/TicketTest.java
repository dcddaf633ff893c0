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
            new TicketDraft("It crashes", "Since the update it crashes at start.", null), NOW);

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
}

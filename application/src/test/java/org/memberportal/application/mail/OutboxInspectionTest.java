package org.memberportal.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.memberportal.application.lifecycle.PortalEnvironment;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryOutbox;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.application.testing.ScriptedMailSender;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;

class OutboxInspectionTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ScriptedMailSender smtp = new ScriptedMailSender();
    private final OutboxInspection inspection = new OutboxInspection(outbox, smtp, PortalEnvironment.DEVELOPMENT);
    private final Caller agent = new Caller.Agent(AgentId.newId());

    @Test
    void agentsPageThroughTheOutboxNewestFirst() {
        // time-ordered ids: descending id is newest first
        List<String> ids = queue("a@acme.example", "b@acme.example", "c@acme.example").stream().sorted().toList();

        Page<OutboxEntry> first = inspection.list(agent, null, PageRequest.first(2));
        Page<OutboxEntry> second = inspection.list(agent, null, new PageRequest(first.next(), 2));

        assertThat(first.items()).extracting(OutboxEntry::id).containsExactly(ids.get(2), ids.get(1));
        assertThat(second.items()).extracting(OutboxEntry::id).containsExactly(ids.get(0));
        assertThat(second.next()).isNull();
    }

    @Test
    void agentsFilterByState() {
        List<String> ids = new ArrayList<>(queue("a@acme.example"));
        new OutboxRelay(outbox, new ScriptedMailSender(), clock, RelayPolicy.STANDARD).relayDue();
        ids.addAll(queue("b@acme.example"));

        assertThat(inspection.list(agent, DeliveryState.SENT, PageRequest.first(10)).items())
                .extracting(OutboxEntry::id).containsExactly(ids.get(0));
        assertThat(inspection.list(agent, DeliveryState.QUEUED, PageRequest.first(10)).items())
                .extracting(OutboxEntry::id).containsExactly(ids.get(1));
    }

    @Test
    void withSmtpAgentsSeeTheLinkWithoutItsToken() {
        String id = outbox.queue(OutboxRelayTest.linkFor("a@acme.example", clock.instant().plus(Duration.ofDays(1))),
                clock.instant());

        OutgoingEmail shown = inspection.list(agent, null, PageRequest.first(10)).items().get(0).email();

        assertThat(outbox.get(id).state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(shown.textBody()).contains("activate?token=" + EmailSecret.PLACEHOLDER)
                .doesNotContain(OutboxRelayTest.TOKEN);
        assertThat(shown.htmlBody()).doesNotContain(OutboxRelayTest.TOKEN);
    }

    @Test
    void withoutSmtpAgentsMayHandOutAQueuedLink() {
        OutboxInspection laptop = new OutboxInspection(outbox, new ScriptedMailSender().notConfigured(),
                PortalEnvironment.DEVELOPMENT);
        outbox.queue(OutboxRelayTest.linkFor("a@acme.example", clock.instant().plus(Duration.ofDays(1))),
                clock.instant());

        OutgoingEmail shown = laptop.list(agent, null, PageRequest.first(10)).items().get(0).email();

        assertThat(shown.textBody()).contains("activate?token=" + OutboxRelayTest.TOKEN);
        assertThat(shown.htmlBody()).contains("activate?token=" + OutboxRelayTest.TOKEN);
    }

    @Test
    void inProductionNoAgentSeesAToken() {
        OutboxInspection production = new OutboxInspection(outbox, new ScriptedMailSender().notConfigured(),
                PortalEnvironment.PRODUCTION);
        outbox.queue(OutboxRelayTest.linkFor("a@acme.example", clock.instant().plus(Duration.ofDays(1))),
                clock.instant());

        OutgoingEmail shown = production.list(agent, null, PageRequest.first(10)).items().get(0).email();

        assertThat(shown.textBody()).doesNotContain(OutboxRelayTest.TOKEN);
        assertThat(shown.htmlBody()).doesNotContain(OutboxRelayTest.TOKEN);
    }

    @Test
    void membersMayNotReadTheOutbox() {
        queue("a@acme.example");
        Caller primary = new Caller.Member(AccountId.newId(), CompanyId.newId(), PermissionLevel.PRIMARY_OWNER);

        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> inspection.list(primary, null, PageRequest.first(10)));

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_PERMITTED);
    }

    private List<String> queue(String... addresses) {
        List<String> ids = new ArrayList<>();
        for (String address : addresses) {
            ids.add(outbox.queue(OutboxRelayTest.activationFor(address), clock.instant()));
            clock.advance(Duration.ofSeconds(1));
        }
        return ids;
    }
}

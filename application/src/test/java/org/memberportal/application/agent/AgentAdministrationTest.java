package org.memberportal.application.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.account.AccountSettings;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAuditTrail;
import org.memberportal.application.testing.InMemoryPorts.ReversibleHasher;
import org.memberportal.application.testing.Listeners;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;

class AgentAdministrationTest {

    private final Team agents = new Team();
    private final Team roster = agents;
    private final Tokens tokens = new Tokens();
    private final List<String> mailedTokens = new ArrayList<>();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final List<AgentDeactivated> deactivations = new ArrayList<>();
    private final AgentAdministration administration = new AgentAdministration(agents, roster, tokens,
            (agent, token, expiresAt) -> mailedTokens.add(token.value()), new InMemoryAccounts(),
            new ReversibleHasher(), audit, new AccountSettings(false, Duration.ofDays(7), Duration.ofHours(1)),
            Listeners.into(deactivations), clock);

    private final SupportAgent first = new SupportAgent(AgentId.newId(), "First", EmailAddress.of("first@vendor.example"),
            "plain:first password");
    private final Caller.Agent caller = new Caller.Agent(first.id());

    @BeforeEach
    void theFirstAgent() {
        agents.add(first);
    }

    @Test
    void anInvitedAgentActivatesThroughTheMailedLinkAndMayThenLogIn() {
        SupportAgent invited = administration.invite(caller, "Nina New", "nina@vendor.example");

        assertThat(invited.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(mailedTokens).hasSize(1);
        assertThat(administration.accept(mailedTokens.get(0), "nina's long password".toCharArray())).isTrue();
        assertThat(current(invited.id()).mayLogIn()).isTrue();
        assertThat(administration.accept(mailedTokens.get(0), "again".toCharArray())).as("used up").isFalse();
        assertThat(audit.actions()).containsSubsequence("AGENT_INVITED", "AGENT_ACTIVATED");
    }

    @Test
    void aTokenThatIsNoInvitationChangesNothing() {
        assertThat(administration.accept("not-an-agent-token", "whatever password".toCharArray())).isFalse();
    }

    @Test
    void anAddressInUseIsRefused() {
        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> administration.invite(caller, "Again", "FIRST@vendor.example"));

        assertThat(refusal.code()).isEqualTo("duplicate-email");
    }

    @Test
    void theLastActiveAgentCannotBeDeactivatedButAnotherCanAndTheirSessionsEnd() {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> administration.deactivate(caller, first.id()));
        assertThat(refusal.code()).isEqualTo("last-agent");

        SupportAgent second = new SupportAgent(AgentId.newId(), "Second", EmailAddress.of("second@vendor.example"),
                "plain:second password");
        agents.add(second);
        SupportAgent deactivated = administration.deactivate(caller, second.id());

        assertThat(deactivated.status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(roster.sessionsEnded).containsExactly(second.id());
        assertThat(deactivations).extracting(AgentDeactivated::agent).containsExactly(second.id());
        assertThat(administration.deactivate(caller, second.id()).status()).as("twice").isEqualTo(
                AccountStatus.DEACTIVATED);
        assertThat(catchThrowableOfType(Refusal.class, () -> administration.deactivate(caller, first.id())).code())
                .isEqualTo("last-agent");
    }

    @Test
    void onlyAgentsManageAgents() {
        Caller member = new Caller.Member(new org.memberportal.domain.account.AccountId("a"),
                new org.memberportal.domain.company.CompanyId("c"), org.memberportal.domain.access.PermissionLevel.PRIMARY_OWNER);

        Refusal refusal = catchThrowableOfType(Refusal.class, () -> administration.list(member, PageRequest.first(10)));

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_PERMITTED);
    }

    private SupportAgent current(AgentId id) {
        return agents.find(id).orElseThrow();
    }

    /** The agents in one map, seen both as {@link SupportAgents} and as the {@link AgentRoster}. */
    private static final class Team implements SupportAgents, AgentRoster {
        private final Map<AgentId, SupportAgent> byId = new HashMap<>();
        final List<AgentId> sessionsEnded = new ArrayList<>();

        @Override
        public Optional<SupportAgent> find(AgentId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<SupportAgent> findByEmail(EmailAddress email) {
            return byId.values().stream().filter(a -> a.email().equals(email)).findFirst();
        }

        @Override
        public boolean any() {
            return !byId.isEmpty();
        }

        @Override
        public void add(SupportAgent agent) {
            byId.put(agent.id(), agent);
        }

        @Override
        public Page<SupportAgent> page(PageRequest page) {
            List<SupportAgent> all = byId.values().stream().sorted(Comparator.comparing(a -> a.id().value())).toList();
            return Page.fromOverfetched(all, page.limit(), a -> a.id().value());
        }

        @Override
        public List<SupportAgent> lockActive() {
            return byId.values().stream().filter(SupportAgent::isActive).toList();
        }

        @Override
        public void update(SupportAgent agent) {
            byId.put(agent.id(), agent);
        }

        @Override
        public void endSessionsOf(AgentId agent, Instant now) {
            sessionsEnded.add(agent);
        }
    }

    private static final class Tokens implements AgentTokens {
        private final Map<String, AgentId> unused = new HashMap<>();

        @Override
        public void issue(String tokenHash, AgentId agent, Purpose purpose, Instant expiresAt) {
            unused.put(purpose + tokenHash, agent);
        }

        @Override
        public Optional<AgentId> redeem(String tokenHash, Purpose purpose, Instant now) {
            return Optional.ofNullable(unused.remove(purpose + tokenHash));
        }

        @Override
        public void revokeAll(AgentId agent, Purpose purpose, Instant now) {
            unused.entrySet().removeIf(token -> token.getKey().startsWith(purpose.name()) && token.getValue().equals(agent));
        }
    }
}

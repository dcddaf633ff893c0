package org.memberportal.application.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.GuessedPasswords;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAgents;
import org.memberportal.application.testing.InMemoryPorts.ReversibleHasher;

class AgentBootstrapTest {

    private final InMemoryAgents agents = new InMemoryAgents();
    private final AgentBootstrap bootstrap = new AgentBootstrap(agents, new InMemoryAccounts(), new ReversibleHasher(),
            GuessedPasswords.policy());

    @Test
    void theFirstAgentsPasswordFollowsThePasswordPolicy() {
        for (String weak : new String[] {"short", "password1234"}) {
            Refusal refused = catchThrowableOfType(Refusal.class,
                    () -> bootstrap.ensureFirstAgent("first@vendor.example", weak.toCharArray()));
            assertThat(refused.problem()).isEqualTo(ProblemCode.WEAK_PASSWORD);
        }
        assertThat(agents.any()).isFalse();

        assertThat(bootstrap.ensureFirstAgent("first@vendor.example", "a long enough passphrase".toCharArray())).isTrue();
        assertThat(agents.any()).isTrue();
    }
}

package org.memberportal.rest.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.memberportal.application.agent.BootstrapAgentUseCase;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

class FirstAgentTest {

    @Test
    void theInstanceThatLostTheRaceFindsTheWinnersAgent() {
        Scripted bootstrap = new Scripted(List.of(() -> {
            throw new IllegalStateException("duplicate key value violates unique constraint");
        }, () -> false));

        assertThat(FirstAgent.ensureFirstAgent(bootstrap, "first@vendor.example", "a long password")).isFalse();
        assertThat(bootstrap.calls).isEqualTo(2);
    }

    @Test
    void aFailureThatRemainsStopsTheStart() {
        Scripted bootstrap = new Scripted(List.of(() -> {
            throw new IllegalStateException("database down");
        }, () -> {
            throw new IllegalStateException("database down");
        }));

        assertThatThrownBy(() -> FirstAgent.ensureFirstAgent(bootstrap, "first@vendor.example", "a long password"))
                .hasMessage("database down");
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartSayingWhy() {
        Scripted bootstrap = new Scripted(List.of(() -> {
            throw Refusal.invalid(ProblemCode.WEAK_PASSWORD, "A password has 12 to 128 characters.");
        }));

        assertThatThrownBy(() -> FirstAgent.ensureFirstAgent(bootstrap, "first@vendor.example", "short"))
                .hasMessageStartingWith("PORTAL_BOOTSTRAP_AGENT_PASSWORD does not follow the password policy");
        assertThat(bootstrap.calls).as("not tried again").isEqualTo(1);
    }

    private static final class Scripted implements BootstrapAgentUseCase {

        private final Deque<Supplier<Boolean>> answers;
        int calls;

        Scripted(List<Supplier<Boolean>> answers) {
            this.answers = new ArrayDeque<>(answers);
        }

        @Override
        public boolean ensureFirstAgent(String email, char[] password) {
            calls++;
            return answers.poll().get();
        }
    }
}

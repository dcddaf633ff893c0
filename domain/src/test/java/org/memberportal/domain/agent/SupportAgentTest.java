package org.memberportal.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;

class SupportAgentTest {

    private final SupportAgent ann = active("ann@vendor.example");
    private final SupportAgent bob = active("bob@vendor.example");

    @Test
    void anInvitedAgentCannotLogInUntilActivated() {
        SupportAgent invited = SupportAgent.invited("Cy New", EmailAddress.of("cy@vendor.example"));

        assertThat(invited.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(invited.mayLogIn()).isFalse();
        assertThat(invited.activated("hash").mayLogIn()).isTrue();
        assertThatThrownBy(() -> ann.activated("other")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLastActiveAgentMayNotBeDeactivated() {
        assertThat(ann.mayBeDeactivatedAmong(List.of(ann, bob))).isTrue();
        assertThat(ann.mayBeDeactivatedAmong(List.of(ann))).isFalse();
        assertThat(ann.mayBeDeactivatedAmong(List.of(ann, bob.deactivated()))).isFalse();
    }

    @Test
    void anAgentWhoIsNotActiveMayAlwaysBeDeactivated() {
        SupportAgent invited = SupportAgent.invited("Cy New", EmailAddress.of("cy@vendor.example"));

        assertThat(invited.mayBeDeactivatedAmong(List.of(ann))).isTrue();
        assertThat(ann.deactivated().mayLogIn()).isFalse();
    }

    private static SupportAgent active(String email) {
        return new SupportAgent(AgentId.newId(), null, EmailAddress.of(email), "hash");
    }
}

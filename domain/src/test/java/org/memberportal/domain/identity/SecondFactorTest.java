package org.memberportal.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.access.PermissionLevel;

class SecondFactorTest {

    @Test
    void aConfirmedFactorTakesEachStepOnceAndNoneOlder() {
        SecondFactor factor = SecondFactor.pending("agent:1", "SECRET");
        assertThat(factor.enabled()).isFalse();

        assertThat(factor.confirm(100, Set.of("h1", "h2"))).isTrue();

        assertThat(factor.enabled()).isTrue();
        assertThat(factor.acceptStep(100)).as("the confirming code again").isFalse();
        assertThat(factor.acceptStep(101)).isTrue();
        assertThat(factor.acceptStep(101)).isFalse();
        assertThat(factor.acceptStep(99)).isFalse();
        assertThat(factor.confirm(200, Set.of("h3"))).as("on already").isFalse();
    }

    @Test
    void aRecoveryCodeIsSpentOnce() {
        SecondFactor factor = SecondFactor.pending("agent:1", "SECRET");
        assertThat(factor.spendRecoveryCode("h1")).as("not on yet").isFalse();
        factor.confirm(1, Set.of("h1", "h2"));

        assertThat(factor.spendRecoveryCode("h1")).isTrue();
        assertThat(factor.spendRecoveryCode("h1")).isFalse();
        assertThat(factor.recoveryCodeHashes()).containsExactly("h2");
    }

    @Test
    void theHolderIsTheAccountOrTheAgent() {
        AccountId account = AccountId.newId();
        AgentId agent = AgentId.newId();
        assertThat(SecondFactor.holderOf(new Caller.Member(account, CompanyId.newId(), PermissionLevel.BASIC)))
                .isEqualTo("account:" + account.value());
        assertThat(SecondFactor.holderOf(new Caller.Agent(agent))).isEqualTo("agent:" + agent.value());
    }
}

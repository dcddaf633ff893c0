package org.memberportal.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;

class CallerTest {

    private final CompanyId own = CompanyId.newId();
    private final CompanyId other = CompanyId.newId();

    @Test
    void aMemberActsOnlyOnTheirOwnCompany() {
        Caller primary = new Caller.Member(AccountId.newId(), own, PermissionLevel.PRIMARY_OWNER);

        assertThat(primary.may(Capability.SEE_LICENSE_KEYS, own)).isTrue();
        assertThat(primary.may(Capability.SEE_LICENSE_KEYS, other)).isFalse();
    }

    @Test
    void aMemberMayOnlyWhatTheMatrixGrantsTheirLevel() {
        Caller basic = new Caller.Member(AccountId.newId(), own, PermissionLevel.BASIC);

        assertThat(basic.may(Capability.CREATE_TICKETS, own)).isTrue();
        assertThat(basic.may(Capability.SEE_LICENSE_INFORMATION_LIMITED, own)).isFalse();
    }

    @Test
    void anAgentHoldsNoMemberCapability() {
        Caller agent = new Caller.Agent(AgentId.newId());

        assertThat(agent.isAgent()).isTrue();
        for (Capability capability : Capability.values()) {
            assertThat(agent.may(capability, own)).isFalse();
        }
    }
}

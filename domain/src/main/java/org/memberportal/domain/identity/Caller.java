package org.memberportal.domain.identity;

import java.util.Objects;
import java.util.Set;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;

/**
 * Who is calling: a member of a company (through their portal account) or a support agent.
 * Authorization asks "may this caller do this capability on this company?", never for a level.
 */
public sealed interface Caller permits Caller.Member, Caller.Agent {

    boolean may(Capability capability, CompanyId company);

    boolean isAgent();

    /** An agent, or a member with this capability in this company: the one check for what both may do. */
    default boolean isAgentOrMay(Capability capability, CompanyId company) {
        return isAgent() || may(capability, company);
    }

    /** A person of a customer's staff, acting on their own company only. */
    record Member(AccountId accountId, CompanyId companyId, PermissionLevel level) implements Caller {
        public Member {
            Objects.requireNonNull(accountId);
            Objects.requireNonNull(companyId);
            Objects.requireNonNull(level);
        }

        @Override
        public boolean may(Capability capability, CompanyId company) {
            return companyId.equals(company) && CapabilityMatrix.grants(level, capability);
        }

        @Override
        public boolean isAgent() {
            return false;
        }

        public Set<Capability> capabilities() {
            return CapabilityMatrix.capabilitiesOf(level);
        }
    }

    /**
     * A support agent. Agents are not members of any company, so member capabilities are not
     * theirs; what agents may do is decided by the agents' own operations.
     */
    record Agent(AgentId agentId) implements Caller {
        public Agent {
            Objects.requireNonNull(agentId);
        }

        @Override
        public boolean may(Capability capability, CompanyId company) {
            return false;
        }

        @Override
        public boolean isAgent() {
            return true;
        }
    }
}

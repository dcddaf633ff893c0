package org.memberportal.domain.identity;

import java.util.Objects;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;

/**
 * Who reads the knowledge base and the forums: a person with at least one active membership,
 * whichever company they act for (they need none there), or a support agent. The rules' first row,
 * "portal access: solution articles and forums", is every level's, so no level is asked.
 */
public sealed interface Reader permits Reader.Person, Reader.Agent {

    boolean isAgent();

    /** The caller, acting for a company or not, as a reader. */
    static Reader of(Caller caller) {
        if (caller instanceof Caller.Member member) {
            return new Person(member.accountId());
        }
        return new Agent(((Caller.Agent) caller).agentId());
    }

    /** A person of the customers' staff, the same in every company they work for. */
    record Person(AccountId accountId) implements Reader {
        public Person {
            Objects.requireNonNull(accountId);
        }

        @Override
        public boolean isAgent() {
            return false;
        }
    }

    record Agent(AgentId agentId) implements Reader {
        public Agent {
            Objects.requireNonNull(agentId);
        }

        @Override
        public boolean isAgent() {
            return true;
        }
    }
}

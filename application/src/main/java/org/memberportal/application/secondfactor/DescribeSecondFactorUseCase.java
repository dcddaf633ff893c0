package org.memberportal.application.secondfactor;

import java.util.Collection;
import java.util.Set;

import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.identity.Caller;

/** What the portal tells of second factors: the caller's own, the gate before enrolment, agents'. */
public interface DescribeSecondFactorUseCase {

    SecondFactorPolicy.State stateOf(Caller caller);

    /**
     * Whether the caller must have a second factor and has none on yet: such a session may only
     * enrol, see who it is, and sign out.
     */
    boolean mustEnrolFirst(Caller caller);

    /** Which of these agents have a second factor on. */
    Set<AgentId> agentsWithSecondFactor(Collection<AgentId> agents);
}

package org.memberportal.application.secondfactor;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.CredentialsChanged;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.session.CallerProfile;
import org.memberportal.application.session.DescribeCallerUseCase;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.identity.SecondFactor;

/** A lost second factor removed by an agent: audited, and the person is told by e-mail. */
@ApplicationScoped
@Transactional
public class SecondFactorReset implements ResetSecondFactorUseCase {

    private final SecondFactors factors;
    private final DescribeCallerUseCase callers;
    private final AuditTrail audit;
    private final Event<CredentialsChanged> changed;
    private final Clock clock;

    protected SecondFactorReset() {
        this(null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public SecondFactorReset(SecondFactors factors, DescribeCallerUseCase callers, AuditTrail audit,
            Event<CredentialsChanged> changed, Clock clock) {
        this.factors = factors;
        this.callers = callers;
        this.audit = audit;
        this.changed = changed;
        this.clock = clock;
    }

    @Override
    public void resetMember(Caller agent, AccountId person) {
        Authorization.requireAgent(agent);
        reset(agent, callers.describePerson(person), SecondFactor.holderOf(person));
    }

    @Override
    public void resetAgent(Caller agent, AgentId other) {
        Caller.Agent self = Authorization.requireAgent(agent);
        if (self.agentId().equals(other)) {
            throw new Refusal(Refusal.Kind.NOT_PERMITTED, null,
                    "An agent's own second factor is reset by another agent.");
        }
        Caller.Agent holder = new Caller.Agent(other);
        reset(agent, callers.describe(holder), SecondFactor.holderOf(holder));
    }

    private void reset(Caller agent, CallerProfile person, String holder) {
        if (factors.find(holder).isEmpty()) {
            return;
        }
        factors.remove(holder);
        audit.record(AuditEvent.of(agent, "SECOND_FACTOR_RESET", null, holder, person.email(), clock.instant()));
        changed.fire(new CredentialsChanged(EmailAddress.of(person.email()), person.fullName(),
                CredentialsChanged.Change.SECOND_FACTOR_RESET));
    }
}

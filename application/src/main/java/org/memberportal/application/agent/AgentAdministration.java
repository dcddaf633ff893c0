package org.memberportal.application.agent;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.AcceptAgentInvitationUseCase;
import org.memberportal.application.account.AccountSettings;
import org.memberportal.application.account.AgentMail;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;

/** The agents' team: invitations through the members' activation links, and deactivation. */
@ApplicationScoped
@Transactional
public class AgentAdministration implements ManageAgentsUseCase, AcceptAgentInvitationUseCase {

    private final SupportAgents agents;
    private final AgentRoster roster;
    private final AgentTokens tokens;
    private final AgentMail mail;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final AccountSettings settings;
    private final Event<AgentDeactivated> deactivated;
    private final Clock clock;

    protected AgentAdministration() {
        this(null, null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public AgentAdministration(SupportAgents agents, AgentRoster roster, AgentTokens tokens, AgentMail mail,
            Accounts accounts, PasswordHasher hasher, AuditTrail audit, AccountSettings settings,
            Event<AgentDeactivated> deactivated, Clock clock) {
        this.agents = agents;
        this.roster = roster;
        this.tokens = tokens;
        this.mail = mail;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.settings = settings;
        this.deactivated = deactivated;
        this.clock = clock;
    }

    @Override
    public Page<SupportAgent> list(Caller caller, PageRequest page) {
        Authorization.requireAgent(caller);
        return roster.page(page);
    }

    @Override
    public SupportAgent invite(Caller caller, String fullName, String email) {
        Authorization.requireAgent(caller);
        if (fullName == null || fullName.isBlank()) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "the full name is missing");
        }
        if (!EmailAddress.isValid(email)) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "that is not an e-mail address");
        }
        EmailAddress address = EmailAddress.of(email);
        // one login per address, across agents and members alike
        if (agents.findByEmail(address).isPresent() || accounts.findByEmail(address).isPresent()) {
            throw Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, address + " already has an account.");
        }
        SupportAgent agent = SupportAgent.invited(fullName, address);
        agents.add(agent);
        Instant now = clock.instant();
        SecretToken token = SecretToken.generate();
        Instant expiresAt = now.plus(settings.activationLinkValidity());
        tokens.issue(token.hash(), agent.id(), AgentTokens.Purpose.ACTIVATION, expiresAt);
        mail.activationLink(agent, token, expiresAt);
        audit.record(AuditEvent.of(caller, "AGENT_INVITED", null, agent.id().value(), address.value(), now));
        return agent;
    }

    @Override
    public SupportAgent deactivate(Caller caller, AgentId id) {
        Authorization.requireAgent(caller);
        SupportAgent agent = agents.find(id).orElseThrow(() -> Refusal.notFound("the agent"));
        if (agent.status() == AccountStatus.DEACTIVATED) {
            return agent;
        }
        if (!agent.mayBeDeactivatedAmong(roster.lockActive())) {
            throw Refusal.conflict(ProblemCode.LAST_AGENT, "The last active agent cannot be deactivated: invite another first.");
        }
        SupportAgent left = agent.deactivated();
        roster.update(left);
        Instant now = clock.instant();
        roster.endSessionsOf(id, now);
        audit.record(AuditEvent.of(caller, "AGENT_DEACTIVATED", null, id.value(), null, now));
        deactivated.fire(new AgentDeactivated(id, now));
        return left;
    }

    @Override
    public boolean accept(String token, char[] password) {
        Instant now = clock.instant();
        return tokens.redeem(SecretToken.hashOf(token), AgentTokens.Purpose.ACTIVATION, now)
                .flatMap(agents::find)
                .filter(agent -> agent.status() == AccountStatus.PENDING_ACTIVATION)
                .map(agent -> {
                    roster.update(agent.activated(hasher.hash(password)));
                    audit.record(AuditEvent.of(new Caller.Agent(agent.id()), "AGENT_ACTIVATED", null,
                            agent.id().value(), null, now));
                    return true;
                })
                .orElse(false);
    }
}

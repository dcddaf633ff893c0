package org.memberportal.application.agent;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.AccountSettings;
import org.memberportal.application.account.AgentPasswordResetMail;
import org.memberportal.application.account.CredentialsChanged;
import org.memberportal.application.account.ForgottenAgentPasswords;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.identity.Caller;

/** An agent's forgotten password: the link, then the new password; every session of the agent ends. */
@ApplicationScoped
@Transactional
public class AgentPasswordResets implements ForgottenAgentPasswords {

    private final SupportAgents agents;
    private final AgentRoster roster;
    private final AgentTokens tokens;
    private final AgentPasswordResetMail mail;
    private final PasswordHasher hasher;
    private final AccountSettings settings;
    private final AuditTrail audit;
    private final Event<CredentialsChanged> changed;
    private final Clock clock;

    protected AgentPasswordResets() {
        this(null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public AgentPasswordResets(SupportAgents agents, AgentRoster roster, AgentTokens tokens,
            AgentPasswordResetMail mail, PasswordHasher hasher, AccountSettings settings, AuditTrail audit,
            Event<CredentialsChanged> changed, Clock clock) {
        this.agents = agents;
        this.roster = roster;
        this.tokens = tokens;
        this.mail = mail;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
        this.changed = changed;
        this.clock = clock;
    }

    @Override
    public boolean hasActiveAgent(EmailAddress address) {
        return agents.findByEmail(address).filter(SupportAgent::isActive).isPresent();
    }

    @Override
    public boolean sendResetLink(EmailAddress address) {
        return agents.findByEmail(address).filter(SupportAgent::isActive).map(agent -> {
            Instant now = clock.instant();
            tokens.revokeAll(agent.id(), AgentTokens.Purpose.PASSWORD_RESET, now);
            SecretToken token = SecretToken.generate();
            Instant expiresAt = now.plus(settings.resetLinkValidity());
            tokens.issue(token.hash(), agent.id(), AgentTokens.Purpose.PASSWORD_RESET, expiresAt);
            mail.passwordResetLink(agent, token, expiresAt);
            audit.record(AuditEvent.of(null, "PASSWORD_RESET_REQUESTED", null, agent.id().value(), null, now));
            return true;
        }).orElse(false);
    }

    @Override
    public boolean reset(String token, char[] password) {
        Instant now = clock.instant();
        return tokens.redeem(SecretToken.hashOf(token), AgentTokens.Purpose.PASSWORD_RESET, now)
                .flatMap(agents::find)
                .filter(SupportAgent::isActive)
                .map(agent -> {
                    roster.update(agent.withPasswordChosen(hasher.hash(password)));
                    roster.endSessionsOf(agent.id(), now);
                    audit.record(AuditEvent.of(new Caller.Agent(agent.id()), "PASSWORD_RESET", null,
                            agent.id().value(), null, now));
                    changed.fire(new CredentialsChanged(agent.email(), agent.fullName(),
                            CredentialsChanged.Change.PASSWORD_RESET));
                    return true;
                })
                .orElse(false);
    }
}

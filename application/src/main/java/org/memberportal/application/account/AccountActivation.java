package org.memberportal.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;

/** A password chosen through the e-mailed activation link (account life cycle 3). */
@ApplicationScoped
@Transactional
public class AccountActivation implements ActivateAccountUseCase {

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final PasswordHasher hasher;
    private final Event<MembershipActivated> activated;
    private final AcceptAgentInvitationUseCase agentInvitations;
    private final AuditTrail audit;
    private final PasswordPolicy policy;
    private final Clock clock;

    protected AccountActivation() {
        this(null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public AccountActivation(Accounts accounts, AccountTokens tokens, PasswordHasher hasher,
            Event<MembershipActivated> activated, AcceptAgentInvitationUseCase agentInvitations, AuditTrail audit,
            PasswordPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.hasher = hasher;
        this.activated = activated;
        this.agentInvitations = agentInvitations;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void activate(String token, char[] password) {
        // The password is checked first, so a weak one does not use the link up.
        policy.check(password);
        // an invited agent's link is the same kind of link, to the same page
        if (agentInvitations.accept(token, password)) {
            return;
        }
        PortalAccount account = EmailedLinks.redeem(tokens, accounts, token, AccountTokens.Purpose.ACTIVATION,
                AccountStatus.PENDING_ACTIVATION, now());
        LifeCycleRefusals.step(() -> account.activate(hasher.hash(password)));
        accounts.update(account);
        // docs/rules.md: an active account is subscribed to each audience its level is eligible for
        activated.fire(new MembershipActivated(account, List.of(), now()));
        // one person, one password: the person's other memberships waiting for it start too
        for (PortalAccount other : accounts.membershipsOf(account.id())) {
            if (!other.companyId().equals(account.companyId()) && other.status() == AccountStatus.PENDING_ACTIVATION) {
                other.activatedElsewhere(account.passwordHash().orElseThrow());
                accounts.update(other);
                activated.fire(new MembershipActivated(other, List.of(account), now()));
            }
        }
        audit.record(AuditEvent.of(EmailedLinks.follower(account), "ACCOUNT_ACTIVATED", account.companyId(), account.id().value(),
                null, now()));
    }

    private Instant now() {
        return clock.instant();
    }
}

package org.memberportal.application.privacy;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.LifeCycleRefusals;
import org.memberportal.application.audience.AudienceErasures;
import org.memberportal.application.audience.SubscriberHash;
import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.SyncStates;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.identity.Caller;

/** A person erased on request (GDPR article 17), here and in the Mailchimp audience. For agents. */
@ApplicationScoped
@Transactional
public class PersonErasure implements ErasePersonUseCase {

    /** What an erased person's name becomes. */
    public static final String ERASED_NAME = "Erased person";

    /** Erased addresses are in a domain that can never receive mail (RFC 2606). */
    static final String ERASED_DOMAIN = "erased.invalid";

    private final Accounts accounts;
    private final SyncStates syncStates;
    private final AudienceErasures audienceErasures;
    private final PersonalData personalData;
    private final AuditTrail audit;
    private final Clock clock;

    protected PersonErasure() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PersonErasure(Accounts accounts, SyncStates syncStates, AudienceErasures audienceErasures,
            PersonalData personalData, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.syncStates = syncStates;
        this.audienceErasures = audienceErasures;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void erase(Caller caller, AccountId id) {
        Authorization.requireAgent(caller);
        PortalAccount account = accounts.find(id).orElseThrow(() -> Refusal.notFound("the account"));
        if (isErased(account)) {
            return;
        }
        // the person leaves every company they work for: none of them may be left without a Primary
        for (PortalAccount membership : accounts.membershipsOf(id)) {
            LifeCycleRefusals.step(() -> membership.requireErasable(accounts.allOf(membership.companyId())));
        }
        EmailAddress audienceEmail = syncStates.find(id).map(SyncState::audienceEmail)
                .filter(known -> !known.equals(account.email())).orElse(null);
        Instant now = clock.instant();
        // Mailchimp may know the person under either address; a member it does not have is no error there
        audienceErasures.queue(SubscriberHash.of(account.email()), now);
        if (audienceEmail != null) {
            audienceErasures.queue(SubscriberHash.of(audienceEmail), now);
        }
        personalData.erase(new PersonalData.Erasure(id, account.email(), audienceEmail, account.fullName(),
                ERASED_NAME, EmailAddress.of("erased-" + id.value() + "@" + ERASED_DOMAIN)));
        // who was erased is the account's id alone: the audit keeps nothing of what was erased
        audit.record(AuditEvent.of(caller, "PERSON_ERASED", account.companyId(), id.value(), null, now));
    }

    private static boolean isErased(PortalAccount account) {
        return account.email().key().endsWith("@" + ERASED_DOMAIN);
    }
}

package org.memberportal.application.profile;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.session.CallerProfile;
import org.memberportal.application.session.DescribeCallerUseCase;
import org.memberportal.application.secondfactor.DescribeSecondFactorUseCase;
import org.memberportal.application.livesession.ListCouponsUseCase;
import org.memberportal.application.preference.ManagePreferencesUseCase;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.CapabilityWords;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.livesession.Coupon;

/** The caller's own profile page, read and changed. */
@ApplicationScoped
@Transactional
public class ProfileDesk implements ShowProfileUseCase, ChangeProfileUseCase {

    private final DescribeCallerUseCase callers;
    private final ListCouponsUseCase coupons;
    private final ManagePreferencesUseCase preferences;
    private final Accounts accounts;
    private final DescribeSecondFactorUseCase secondFactor;
    private final AuditTrail audit;
    private final Clock clock;

    protected ProfileDesk() {
        this(null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public ProfileDesk(DescribeCallerUseCase callers, ListCouponsUseCase coupons, ManagePreferencesUseCase preferences,
            Accounts accounts, DescribeSecondFactorUseCase secondFactor, AuditTrail audit, Clock clock) {
        this.callers = callers;
        this.coupons = coupons;
        this.preferences = preferences;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public MemberProfile profile(Caller caller) {
        CallerProfile who = callers.describe(caller);
        if (caller instanceof Caller.Member member) {
            // the codes are worth money: shown only where GET /me/coupons would show them, which a
            // session that must enrol its second factor first does not reach (the enrolment gate)
            List<Coupon> codes = secondFactor.mustEnrolFirst(caller) ? List.of() : coupons.current(member);
            return new MemberProfile(who, CapabilityWords.allowedFor(member.level()), codes,
                    preferences.preferences(member), secondFactor.stateOf(caller));
        }
        return new MemberProfile(who, List.of(), List.of(), null, secondFactor.stateOf(caller));
    }

    @Override
    public MemberProfile rename(Caller caller, String fullName) {
        if (!(caller instanceof Caller.Member member)) {
            throw Refusal.notPermitted("This is a member's own profile; agents' names are kept by the vendor.");
        }
        PortalAccount account = accounts.find(member.accountId(), member.companyId()).orElseThrow(() -> Refusal.notFound("the account"));
        Inputs.checked(() -> {
            account.rename(fullName);
            return account;
        });
        accounts.update(account);
        // the names themselves stay out of the audit trail: an erasure would otherwise have to find them there
        audit.record(AuditEvent.of(caller, "PROFILE_RENAMED", member.companyId(), member.accountId().value(),
                "full name changed", clock.instant()));
        return profile(caller);
    }
}

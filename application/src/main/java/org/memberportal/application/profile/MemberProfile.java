package org.memberportal.application.profile;

import java.util.List;

import org.memberportal.application.session.CallerProfile;
import org.memberportal.application.secondfactor.SecondFactorPolicy;
import org.memberportal.application.preference.ManagePreferencesUseCase.PreferencesAnswer;
import org.memberportal.domain.access.CapabilityWords.Allowed;
import org.memberportal.domain.livesession.Coupon;

/**
 * The caller's profile page (docs/rules.md, account life cycle 3): who they are, what their level
 * allows in words, their live-session coupon codes, their mailing preferences and their second
 * factor. An agent's profile has no company, capabilities, coupons or preferences (null).
 */
public record MemberProfile(CallerProfile caller, List<Allowed> allowed, List<Coupon> coupons,
        PreferencesAnswer preferences, SecondFactorPolicy.State secondFactor) {

    public MemberProfile {
        allowed = List.copyOf(allowed);
        coupons = List.copyOf(coupons);
    }
}

package org.memberportal.application.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.util.ArrayList;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.memberportal.application.session.CallerProfiles;
import org.memberportal.application.secondfactor.SecondFactorDesk;
import org.memberportal.application.secondfactor.SecondFactorPolicy;
import org.memberportal.application.livesession.CouponBook;
import org.memberportal.application.livesession.CouponIssuer;
import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ManagePreferencesUseCase;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.Listeners;
import org.memberportal.application.testing.InMemorySecondFactors;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAttemptCounters;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryCoupons;
import org.memberportal.application.testing.Outcomes;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.CapabilityWords;
import org.memberportal.domain.livesession.CouponKind;

class ProfileDeskTest {

    private final ServicesWorld world = new ServicesWorld();
    private final InMemoryCoupons coupons = new InMemoryCoupons();
    private final CallerProfiles callers = new CallerProfiles(world.accounts, world.companies, world.agents);
    private final ProfileDesk desk = new ProfileDesk(callers,
            new CouponBook(coupons, new CouponIssuer(coupons), world.companies, world.clock), new FixedPreferences(),
            world.accounts, new SecondFactorDesk(new InMemorySecondFactors(), new InMemorySecondFactors.StepCodes(),
                    SecondFactorPolicy.parse("AGENT,PRIMARY_OWNER"), callers, world.audit,
                    Listeners.into(new ArrayList<>()), new InMemoryAttemptCounters(), world.clock),
            world.audit, world.clock);

    @Test
    void theProfileSaysWhatTheLevelAllowsInWordsWithTheCouponsAndTheSecondFactor() {
        Caller.Member manager = world.member(world.acme, MANAGER_SUPERVISOR);
        Caller.Member primary = world.member(world.acme, PRIMARY_OWNER);

        MemberProfile profile = desk.profile(manager);

        assertThat(profile.caller().fullName()).isEqualTo(world.accountOf(manager).fullName());
        assertThat(profile.allowed()).extracting(CapabilityWords.Allowed::capability)
                .containsExactlyInAnyOrderElementsOf(CapabilityMatrix.capabilitiesOf(MANAGER_SUPERVISOR))
                .doesNotContain(Capability.SEE_LICENSE_KEYS);
        assertThat(profile.coupons()).singleElement()
                .satisfies(coupon -> assertThat(coupon.kind()).isEqualTo(CouponKind.FREE));
        assertThat(profile.preferences().newsletter()).isTrue();
        assertThat(profile.secondFactor()).isEqualTo(new SecondFactorPolicy.State(false, false));
        assertThat(desk.profile(primary).secondFactor()).isEqualTo(new SecondFactorPolicy.State(false, true));
        assertThat(desk.profile(world.agent).secondFactor().required()).isTrue();
        assertThat(desk.profile(world.agent).allowed()).isEmpty();
    }

    @Test
    void aMemberChangesTheirNameOnOneLineOnly() {
        Caller.Member member = world.member(world.acme, BASIC);

        MemberProfile renamed = desk.rename(member, "  Jane Q. Public ");

        assertThat(renamed.caller().fullName()).isEqualTo("Jane Q. Public");
        assertThat(world.accountOf(member).fullName()).isEqualTo("Jane Q. Public");
        assertThat(Outcomes.status(() -> desk.rename(member, "Jane\r\nBcc: everyone@example.com"))).isEqualTo(400);
        assertThat(Outcomes.status(() -> desk.rename(member, "x".repeat(201)))).isEqualTo(400);
        assertThat(Outcomes.status(() -> desk.rename(world.agent, "Sue"))).isEqualTo(403);
        assertThat(world.audit.events).filteredOn(e -> e.action().equals("PROFILE_RENAMED")).singleElement()
                .satisfies(e -> assertThat(String.valueOf(e.details())).doesNotContain("Jane"));
    }


    /** The preferences as the preference centre would answer them: the level's defaults. */
    private static final class FixedPreferences implements ManagePreferencesUseCase {
        @Override
        public PreferencesAnswer preferences(Caller caller) {
            return new PreferencesAnswer(true, true, true, true, false, false, 1, Set.of());
        }

        @Override
        public PreferencesAnswer change(Caller caller, PreferenceChange change) {
            throw Refusal.notPermitted("not in this test");
        }

        @Override
        public Page<ConsentChange> history(Caller caller, PageRequest page) {
            return new Page<>(java.util.List.of(), null);
        }
    }
}

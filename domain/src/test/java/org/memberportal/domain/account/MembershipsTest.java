package org.memberportal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.company.CompanyId;

/** One person in several companies: which membership a request acts for, as docs/api.md says. */
class MembershipsTest {

    private static final List<CompanyId> COMPANIES = List.of(CompanyId.newId(), CompanyId.newId(), CompanyId.newId());
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Property
    void aNamedCompanyIsActedForExactlyWhenThePersonIsAnActiveMemberThere(
            @ForAll("memberships") List<PortalAccount> memberships, @ForAll("company") CompanyId named) {
        Memberships.Choice choice = Memberships.choose(memberships, Optional.of(named));

        boolean activeThere = memberships.stream()
                .anyMatch(m -> m.companyId().equals(named) && m.status() == AccountStatus.ACTIVE);
        if (activeThere) {
            assertThat(choice).isInstanceOfSatisfying(Memberships.Choice.Acting.class,
                    acting -> assertThat(acting.membership().companyId()).isEqualTo(named));
        } else {
            assertThat(choice).isInstanceOf(Memberships.Choice.NotAMember.class);
        }
    }

    @Property
    void withNoCompanyNamedOnlyASingleActiveMembershipIsChosen(@ForAll("memberships") List<PortalAccount> memberships) {
        Memberships.Choice choice = Memberships.choose(memberships, Optional.empty());

        long active = memberships.stream().filter(m -> m.status() == AccountStatus.ACTIVE).count();
        if (active == 1) {
            assertThat(choice).isInstanceOfSatisfying(Memberships.Choice.Acting.class,
                    acting -> assertThat(acting.membership().status()).isEqualTo(AccountStatus.ACTIVE));
        } else if (active > 1) {
            assertThat(choice).isInstanceOf(Memberships.Choice.CompanyNeeded.class);
        } else {
            assertThat(choice).isInstanceOf(Memberships.Choice.NotAMember.class);
        }
    }

    @Property
    void thePrincipalIsActiveWheneverAnyMembershipIs(@ForAll("memberships") List<PortalAccount> memberships) {
        Optional<PortalAccount> principal = Memberships.principal(memberships);

        assertThat(principal.isPresent()).isEqualTo(!memberships.isEmpty());
        if (memberships.stream().anyMatch(m -> m.status() == AccountStatus.ACTIVE)) {
            assertThat(principal.orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        }
    }

    @Test
    void aPersonWithAPasswordJoinsAnotherCompanyActiveWithTheSameLogin() {
        PortalAccount first = PortalAccount.pendingActivation(COMPANIES.get(0), "Kim Lee",
                EmailAddress.of("kim@example.com"), PermissionLevel.PRIMARY_OWNER, NOW);
        first.activate("hash");

        PortalAccount second = first.joining(COMPANIES.get(1), PermissionLevel.BASIC, NOW);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(second.level()).isEqualTo(PermissionLevel.BASIC);
        assertThat(second.passwordHash()).contains("hash");
    }

    @Test
    void aPersonJoinsACompanyOnce() {
        PortalAccount first = PortalAccount.pendingActivation(COMPANIES.get(0), "Kim Lee",
                EmailAddress.of("kim@example.com"), PermissionLevel.BASIC, NOW);

        assertThatThrownBy(() -> first.joining(COMPANIES.get(0), PermissionLevel.MANAGER_SUPERVISOR, NOW))
                .isInstanceOfSatisfying(LifeCycleRefusal.class,
                        refused -> assertThat(refused.reason()).isEqualTo(LifeCycleRefusal.Reason.ALREADY_A_MEMBER));
    }

    @Test
    void aPersonStillPendingJoinsPendingAndOneActivationActivatesBoth() {
        PortalAccount first = PortalAccount.pendingActivation(COMPANIES.get(0), "Kim Lee",
                EmailAddress.of("kim@example.com"), PermissionLevel.BASIC, NOW);
        PortalAccount second = first.joining(COMPANIES.get(1), PermissionLevel.MANAGER_SUPERVISOR, NOW);
        assertThat(second.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);

        first.activate("hash");
        second.activatedElsewhere("hash");

        assertThat(second.mayLogIn()).isTrue();
    }

    @Provide
    Arbitrary<CompanyId> company() {
        return Arbitraries.of(COMPANIES);
    }

    /** At most one membership per company, each in any status. */
    @Provide
    Arbitrary<List<PortalAccount>> memberships() {
        AccountId person = AccountId.newId();
        return Combinators.combine(
                Arbitraries.of(AccountStatus.class).injectNull(0.3).list().ofSize(COMPANIES.size()),
                Arbitraries.of(PermissionLevel.class).list().ofSize(COMPANIES.size()),
                Arbitraries.integers().between(0, 1000).list().ofSize(COMPANIES.size()))
                .as((statuses, levels, ages) -> {
                    List<PortalAccount> memberships = new ArrayList<>();
                    for (int i = 0; i < COMPANIES.size(); i++) {
                        AccountStatus status = statuses.get(i);
                        if (status != null) {
                            memberships.add(PortalAccount.restore(person, COMPANIES.get(i), "Kim Lee",
                                    EmailAddress.of("kim@example.com"), levels.get(i), status,
                                    status == AccountStatus.PENDING_ACTIVATION ? null : "hash",
                                    NOW.minusSeconds(ages.get(i)), 0));
                        }
                    }
                    return memberships;
                });
    }
}

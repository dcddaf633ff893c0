package org.memberportal.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;

/**
 * One person, several companies, stored: what every store of accounts promises, the JPA one on each
 * database and the application's fake alike.
 */
public abstract class MembershipsContract {

    protected static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    /** Runs {@code work} in a transaction of its own. */
    protected abstract <T> T inTransaction(Function<Accounts, T> work);

    /** A company that people may be members of; a store that knows its companies stores one first. */
    protected CompanyId newCompany(String name) {
        return CompanyId.newId();
    }

    @Test
    void aPersonInTwoCompaniesHasOneLoginAndALevelAndStatusInEach() {
        CompanyId acme = newCompany("Acme");
        CompanyId globex = newCompany("Globex");
        PortalAccount first = consultantIn(acme, "con.");

        PortalAccount second = in(a -> a.add(first.joining(globex, PermissionLevel.PRIMARY_OWNER, NOW)));
        PortalAccount inGlobex = in(a -> a.find(first.id(), globex)).orElseThrow();
        inGlobex.changePassword("new hash");
        in(a -> a.update(inGlobex));

        List<PortalAccount> memberships = in(a -> a.membershipsOf(first.id()));
        List<PortalAccount> globexStaff = in(a -> a.allOf(globex));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(memberships).extracting(PortalAccount::companyId, PortalAccount::level)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(acme, PermissionLevel.BASIC),
                        org.assertj.core.groups.Tuple.tuple(globex, PermissionLevel.PRIMARY_OWNER));
        assertThat(in(a -> a.find(first.id(), acme)).orElseThrow().passwordHash()).contains("new hash");
        assertThat(globexStaff).extracting(PortalAccount::id).containsExactly(first.id());
        Map<CompanyId, List<PortalAccount>> both = in(a -> a.allOf(List.of(acme, globex)));
        assertThat(both.get(globex)).as("the staff of several companies, read at once")
                .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(globexStaff);
        assertThat(both.get(acme)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(in(a -> a.allOf(acme)));
        assertThat(in(a -> a.findByEmail(first.email())).orElseThrow().id()).isEqualTo(first.id());
        assertThatThrownBy(() -> in(a -> a.add(first.joining(globex, PermissionLevel.BASIC, NOW))))
                .as("one membership per person and company").isInstanceOf(RuntimeException.class);
    }

    @Test
    void theMembershipThatStandsForThePersonIsAnActiveOne() {
        CompanyId acme = newCompany("Acme");
        CompanyId globex = newCompany("Globex");
        PortalAccount first = consultantIn(acme, "principal.");
        in(a -> a.add(first.joining(globex, PermissionLevel.MANAGER_SUPERVISOR, NOW.plusSeconds(1))));
        PortalAccount inAcme = in(a -> a.find(first.id(), acme)).orElseThrow();
        inAcme.deactivate(new org.memberportal.domain.account.StaffChanger.Agent(), List.of(inAcme));
        in(a -> a.update(inAcme));

        assertThat(in(a -> a.find(first.id())).orElseThrow().companyId()).isEqualTo(globex);
        assertThat(in(a -> a.findByEmail(first.email())).orElseThrow().companyId()).isEqualTo(globex);
    }

    private <T> T in(Function<Accounts, T> work) {
        return inTransaction(work);
    }

    /** An active Basic member of {@code company}, who will join others. */
    private PortalAccount consultantIn(CompanyId company, String emailPrefix) {
        PortalAccount consultant = PortalAccount.pendingActivation(company, "Con Sultant",
                EmailAddress.of(emailPrefix + company + "@example.com"), PermissionLevel.BASIC, NOW);
        consultant.activate("hash");
        in(a -> a.add(consultant));
        return consultant;
    }
}

package org.memberportal.application.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.domain.access.PermissionLevel.BASIC;
import static org.memberportal.domain.access.PermissionLevel.IT_TECH_SUPPORT;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.MailingPreferences;

/** One member per address: the groups of every active membership of the person, together. */
class DesiredStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final AccountId person = AccountId.newId();

    @Test
    void thePersonsGroupsAreTheUnionOverTheirActiveMemberships() {
        PortalAccount tech = membership(IT_TECH_SUPPORT, AccountStatus.ACTIVE);
        PortalAccount basic = membership(BASIC, AccountStatus.ACTIVE);
        MailingPreferences both = MailingPreferences.restore(person, true, true, false, false, NOW, 1);

        var state = DesiredStates.of(new SyncSubject(tech, "Alpha", both, null, List.of(tech, basic))).orElseThrow();

        assertThat(state.mailings()).containsExactlyInAnyOrder(Mailing.TRAINING_NEWSLETTER, Mailing.UPDATE_NOTICES);
    }

    @Test
    void aDeactivatedMembershipAddsNothing() {
        PortalAccount tech = membership(IT_TECH_SUPPORT, AccountStatus.ACTIVE);
        PortalAccount basic = membership(BASIC, AccountStatus.DEACTIVATED);
        MailingPreferences both = MailingPreferences.restore(person, true, true, false, false, NOW, 1);

        var state = DesiredStates.of(new SyncSubject(tech, "Alpha", both, null, List.of(tech, basic))).orElseThrow();

        assertThat(state.mailings()).containsExactly(Mailing.UPDATE_NOTICES);
    }

    @Test
    void theProductsAreThoseOfTheCompaniesThePersonIsActiveIn() {
        PortalAccount active = membership(BASIC, AccountStatus.ACTIVE);
        PortalAccount gone = membership(BASIC, AccountStatus.DEACTIVATED);
        MailingPreferences both = MailingPreferences.restore(person, true, true, false, false, NOW, 1);

        var state = DesiredStates.of(new SyncSubject(active, "Alpha", both, null, List.of(active, gone),
                java.util.Map.of(active.companyId(), List.of("CAD", "ERP"), gone.companyId(), List.of("CADPro"))))
                .orElseThrow();

        assertThat(state.mergeFields().products()).isEqualTo("|cad|erp|");
    }

    private PortalAccount membership(PermissionLevel level, AccountStatus status) {
        return PortalAccount.restore(person, CompanyId.newId(), "Cora Consultant", EmailAddress.of("cora@example.com"),
                level, status, "hash", NOW, 0);
    }
}

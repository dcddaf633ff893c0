package org.memberportal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.company.CompanyId;

class StaffRulesTest {

    private static final CompanyId ACME = CompanyId.newId();

    @ParameterizedTest(name = "{0} changes a {1} to {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # requester         | target             | new level          | allowed
            PRIMARY_OWNER       | PRIMARY_OWNER      | BASIC              | true
            PRIMARY_OWNER       | BASIC              | PRIMARY_OWNER      | true
            MANAGER_SUPERVISOR  | BASIC              | MANAGER_SUPERVISOR | true
            MANAGER_SUPERVISOR  | MANAGER_SUPERVISOR | BASIC              | true
            MANAGER_SUPERVISOR  | BASIC              | PRIMARY_OWNER      | false
            MANAGER_SUPERVISOR  | PRIMARY_OWNER      | BASIC              | false
            MANAGER_SUPERVISOR  | PRIMARY_OWNER      |                    | false
            MANAGER_SUPERVISOR  | IT_TECH_SUPPORT    |                    | true
            IT_TECH_SUPPORT     | BASIC              | SALES_DESIGNER     | false
            BASIC               | BASIC              |                    | false
            """)
    void whoMayChangeWhom(PermissionLevel requester, PermissionLevel target, PermissionLevel newLevel, boolean allowed) {
        assertThat(StaffRules.mayChange(requester, active(target), newLevel)).isEqualTo(allowed);
    }

    @Test
    void onlyAPrimaryMayRequestAPrimary() {
        assertThat(StaffRules.mayRequest(PRIMARY_OWNER, PRIMARY_OWNER)).isTrue();
        assertThat(StaffRules.mayRequest(MANAGER_SUPERVISOR, PRIMARY_OWNER)).isFalse();
        assertThat(StaffRules.mayRequest(MANAGER_SUPERVISOR, MANAGER_SUPERVISOR)).isTrue();
        assertThat(StaffRules.mayRequest(IT_TECH_SUPPORT, BASIC)).isFalse();
    }

    @Test
    void theLastActivePrimaryIsProtected() {
        PortalAccount only = active(PRIMARY_OWNER);
        PortalAccount manager = active(MANAGER_SUPERVISOR);
        List<PortalAccount> company = List.of(only, manager);

        assertThat(StaffRules.wouldRemoveLastPrimary(only, BASIC, false, company)).isTrue();
        assertThat(StaffRules.wouldRemoveLastPrimary(only, null, true, company)).isTrue();
        assertThat(StaffRules.wouldRemoveLastPrimary(only, PRIMARY_OWNER, false, company)).isFalse();
        assertThat(StaffRules.wouldRemoveLastPrimary(manager, null, true, company)).isFalse();
    }

    @Test
    void aSecondActivePrimaryMayStepDown() {
        PortalAccount first = active(PRIMARY_OWNER);
        PortalAccount second = active(PRIMARY_OWNER);
        PortalAccount pendingPrimary = PortalAccount.pendingActivation(ACME, "Pending Primary",
                EmailAddress.of("pending@acme.example"), PRIMARY_OWNER, Instant.EPOCH);

        assertThat(StaffRules.wouldRemoveLastPrimary(first, BASIC, false, List.of(first, second))).isFalse();
        assertThat(StaffRules.wouldRemoveLastPrimary(first, BASIC, false, List.of(first, pendingPrimary))).isTrue();
    }

    private static PortalAccount active(PermissionLevel level) {
        PortalAccount account = PortalAccount.pendingActivation(ACME, "Some One",
                EmailAddress.of(level.name().toLowerCase() + "." + System.nanoTime() + "@acme.example"), level,
                Instant.EPOCH);
        account.activate("hash");
        return account;
    }
}

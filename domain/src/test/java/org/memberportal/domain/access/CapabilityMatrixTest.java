package org.memberportal.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capability matrix of docs/rules.md, cell by cell; DECIDED rows are the decided cells. */
class CapabilityMatrixTest {

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # capability                      | Basic | Sales | IT | Manager | Primary
            PORTAL_ACCESS                     | X     | X     | X  | X       | X
            CREATE_TICKETS                    | X     | X     | X  | X       | X
            REQUEST_STAFF_ACCOUNTS            | -     | -     | -  | X       | X
            MANAGE_STAFF_ACCOUNTS             | -     | -     | -  | X       | X
            SEE_COMPANY_TICKETS               | -     | -     | -  | X       | X
            REPLY_TO_COMPANY_TICKETS          | -     | -     | -  | X       | X
            RECEIVE_NEWSLETTER                | X     | X     | -  | X       | X
            RECEIVE_UPDATE_NOTICES            | X     | X     | X  | X       | X
            BOOK_LIVE_SESSIONS                | X     | X     | X  | X       | X
            ORDER_PAID_SERVICES               | -     | -     | X  | X       | X
            SEE_LICENSE_INFORMATION_LIMITED   | -     | X     | X  | X       | X
            SEE_LICENSE_INFORMATION_FULL      | -     | -     | X  | X       | X
            ORDER_LICENSES                    | -     | -     | X  | X       | X
            REQUEST_DOWNLOAD_LINKS            | -     | -     | X  | X       | -
            SEE_ALL_DOWNLOAD_LINKS            | -     | -     | -  | -       | X
            SEE_LICENSE_KEYS                  | -     | -     | -  | -       | X
            """)
    void everyCellOfTheMatrix(Capability capability, String basic, String sales, String it, String manager,
            String primary) {
        String[] cells = {basic, sales, it, manager, primary};
        for (PermissionLevel level : PermissionLevel.values()) {
            assertThat(CapabilityMatrix.grants(level, capability))
                    .as("%s for %s", capability, level)
                    .isEqualTo("X".equals(cells[level.ordinal()]));
        }
    }

    @Test
    void theTableAboveNamesEveryCapability() {
        // A capability added without a row above would go untested: count them here.
        assertThat(EnumSet.allOf(Capability.class)).hasSize(16);
    }

    @ParameterizedTest(name = "{0} may grant up to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BASIC              | -
            SALES_DESIGNER     | -
            IT_TECH_SUPPORT    | -
            MANAGER_SUPERVISOR | MANAGER_SUPERVISOR
            PRIMARY_OWNER      | PRIMARY_OWNER
            """)
    void highestGrantableLevel(PermissionLevel granter, String highest) {
        assertThat(CapabilityMatrix.highestLevelGrantableBy(granter).map(Enum::name).orElse("-"))
                .isEqualTo(highest);
    }

    @Test
    void aManagerMayGrantUpToManagerButNotPrimary() {
        assertThat(Arrays.stream(PermissionLevel.values())
                .filter(l -> CapabilityMatrix.mayGrant(PermissionLevel.MANAGER_SUPERVISOR, l)))
                .containsExactly(PermissionLevel.BASIC, PermissionLevel.SALES_DESIGNER,
                        PermissionLevel.IT_TECH_SUPPORT, PermissionLevel.MANAGER_SUPERVISOR);
        assertThat(CapabilityMatrix.mayGrant(PermissionLevel.PRIMARY_OWNER, PermissionLevel.PRIMARY_OWNER)).isTrue();
        assertThat(CapabilityMatrix.mayGrant(PermissionLevel.IT_TECH_SUPPORT, PermissionLevel.BASIC)).isFalse();
    }

    @ParameterizedTest(name = "{0} receives company warnings: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BASIC              | false
            SALES_DESIGNER     | false
            IT_TECH_SUPPORT    | false
            MANAGER_SUPERVISOR | true
            PRIMARY_OWNER      | true
            """)
    void companyWarningsReachPrimaryAndManagerAccounts(PermissionLevel level, boolean receives) {
        assertThat(CapabilityMatrix.receivesCompanyWarnings(level)).isEqualTo(receives);
    }
}

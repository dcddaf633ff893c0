package org.memberportal.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

class TicketPolicyTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @ParameterizedTest(name = "{0}, plan ending {1}: entitled {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # policy                  | maintenance plan ends | entitled
            ALL_MEMBERS               |                       | true
            ALL_MEMBERS               | 2026-11-27            | true
            MAINTENANCE_PLAN_REQUIRED |                       | false
            MAINTENANCE_PLAN_REQUIRED | 2026-11-27            | false
            MAINTENANCE_PLAN_REQUIRED | 2026-11-28            | true
            MAINTENANCE_PLAN_REQUIRED | 2027-06-30            | true
            """)
    void whoIsEntitledToTicketSupport(TicketPolicy policy, LocalDate planEndsOn, boolean entitled) {
        Company company = new Company(CompanyId.newId(), "Acme", TODAY.plusYears(1), planEndsOn);

        assertThat(policy.entitles(company, TODAY)).isEqualTo(entitled);
    }
}

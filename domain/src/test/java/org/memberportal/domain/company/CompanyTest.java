package org.memberportal.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CompanyTest {

    @Test
    void itsDatesAreDatesOfTheCalendarEveryDatabaseKeeps() {
        LocalDate farAway = LocalDate.parse("+999999999-12-31");

        assertThatThrownBy(() -> new Company(CompanyId.newId(), "Acme", farAway, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("support period");
        assertThatThrownBy(() -> new Company(CompanyId.newId(), "Acme", LocalDate.parse("2027-06-30"), farAway))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maintenance plan");
        assertThat(new Company(CompanyId.newId(), "Acme", LocalDate.parse("9999-12-31"), LocalDate.parse("0001-01-01"))
                .supportPeriodEndsOn()).isEqualTo(LocalDate.parse("9999-12-31"));
    }
}

package org.memberportal.domain.company;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.memberportal.domain.Texts;

/**
 * A customer of the vendor: a member company. Its support period gives free live sessions; its
 * maintenance plan, when it has one, may later be what entitles it to ticket support.
 */
public record Company(CompanyId id, String name, LocalDate supportPeriodEndsOn, LocalDate maintenancePlanEndsOn) {

    public Company {
        Objects.requireNonNull(id, "id");
        Texts.present(supportPeriodEndsOn, "support period end");
        requireCalendarDate("the support period's end", supportPeriodEndsOn);
        requireCalendarDate("the maintenance plan's end", maintenancePlanEndsOn);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a company needs a name");
        }
        name = name.strip();
    }

    /** A date of years 1 to 9999, which every database of the portal keeps ("+999999999-12-31" is not). */
    private static void requireCalendarDate(String what, LocalDate date) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new IllegalArgumentException(what + " must lie between the years 1 and 9999");
        }
    }

    public boolean withinSupportPeriod(LocalDate today) {
        return !today.isAfter(supportPeriodEndsOn);
    }

    public boolean hasActiveMaintenancePlan(LocalDate today) {
        return maintenancePlan().map(end -> !today.isAfter(end)).orElse(false);
    }

    public Optional<LocalDate> maintenancePlan() {
        return Optional.ofNullable(maintenancePlanEndsOn);
    }
}

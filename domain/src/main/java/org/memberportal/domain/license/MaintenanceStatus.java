package org.memberportal.domain.license;

import java.time.LocalDate;

import org.memberportal.domain.company.Company;

/** A company's maintenance plan as the full license information shows it: active, expired, or none. */
public record MaintenanceStatus(State state, LocalDate endsOn) {

    public enum State {
        ACTIVE, EXPIRED, NONE
    }

    public static MaintenanceStatus of(Company company, LocalDate today) {
        return company.maintenancePlan()
                .map(end -> new MaintenanceStatus(today.isAfter(end) ? State.EXPIRED : State.ACTIVE, end))
                .orElse(new MaintenanceStatus(State.NONE, null));
    }
}

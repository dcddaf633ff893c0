package org.memberportal.application.company;

import java.time.LocalDate;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.Company;

public interface RegisterCompanyUseCase {

    Company register(Caller caller, RegisterCompanyCommand command);

    record RegisterCompanyCommand(String name, LocalDate supportPeriodEndsOn, LocalDate maintenancePlanEndsOn) {
    }
}

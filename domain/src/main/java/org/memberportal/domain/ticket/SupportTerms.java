package org.memberportal.domain.ticket;

import java.time.LocalDate;
import java.util.Objects;

import org.memberportal.domain.company.Company;

/**
 * The terms of ticket support a company gets, both read off its maintenance plan: whether it may
 * open tickets at all (the policy) and how soon a ticket's first answer is due (the targets).
 */
public record SupportTerms(TicketPolicy policy, ResponseTargets targets) {

    public SupportTerms {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(targets, "targets");
    }

    public boolean entitles(Company company, LocalDate today) {
        return policy.entitles(company, today);
    }

    public ResponseTargets.ServiceLevel serviceLevel(Company company, LocalDate today) {
        return targets.forCompany(company.hasActiveMaintenancePlan(today));
    }
}

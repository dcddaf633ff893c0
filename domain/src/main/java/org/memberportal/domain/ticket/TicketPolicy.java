package org.memberportal.domain.ticket;

import java.time.LocalDate;

import org.memberportal.domain.company.Company;

/**
 * Who is entitled to ticket support (docs/rules.md, note 1 of the matrix): every member today; the
 * vendor may later require an active maintenance plan. A setting chooses, not a code change.
 * The capability matrix still decides which levels may create tickets; this decides whether the
 * company is entitled at all.
 */
public enum TicketPolicy {
    ALL_MEMBERS,
    MAINTENANCE_PLAN_REQUIRED;

    public boolean entitles(Company company, LocalDate today) {
        return this == ALL_MEMBERS || company.hasActiveMaintenancePlan(today);
    }
}

package org.memberportal.application.warning;

import java.util.Objects;

import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.company.CompanyId;

/**
 * How many of a company's accounts stand alike for its warnings: same level, status, stored
 * choice of update notices ({@code null}: none stored, the level's default) and address standing.
 */
public record StandingCount(CompanyId company, PermissionLevel level, AccountStatus status,
        Boolean storedUpdateNotices, boolean addressCleaned, long count) {

    public StandingCount {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
    }
}

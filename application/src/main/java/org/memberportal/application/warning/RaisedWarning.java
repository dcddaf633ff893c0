package org.memberportal.application.warning;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/** A warning as the portal raised it for a company: since when, and when it stopped holding. */
public record RaisedWarning(String id, CompanyId companyId, CompanyWarning warning, Instant since, Instant clearedAt) {

    public RaisedWarning {
        Objects.requireNonNull(id);
        Objects.requireNonNull(companyId);
        Objects.requireNonNull(warning);
        Objects.requireNonNull(since);
    }

    public static RaisedWarning raise(CompanyId company, CompanyWarning warning, Instant now) {
        return new RaisedWarning(TimeOrderedIds.next(), company, warning, now, null);
    }

    public boolean isOpen() {
        return clearedAt == null;
    }
}

package org.memberportal.domain.company;

import java.util.Objects;
import org.memberportal.domain.TimeOrderedIds;

public record CompanyId(String value) {
    public CompanyId {
        Objects.requireNonNull(value, "company id");
    }

    public static CompanyId newId() {
        return new CompanyId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value;
    }
}

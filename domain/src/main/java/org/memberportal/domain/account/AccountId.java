package org.memberportal.domain.account;

import java.util.Objects;
import org.memberportal.domain.TimeOrderedIds;

public record AccountId(String value) {
    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    public static AccountId newId() {
        return new AccountId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value;
    }
}

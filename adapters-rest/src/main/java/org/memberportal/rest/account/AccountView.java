package org.memberportal.rest.account;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.account.PortalAccount;

@Schema(name = "AccountView")
public record AccountView(String id, String companyId, String fullName, String email, String level, String status,
        long version, Instant createdAt) {

    static AccountView of(PortalAccount account) {
        return new AccountView(account.id().value(), account.companyId().value(), account.fullName(),
                account.email().value(), account.level().name(), account.status().name(), account.version(),
                account.createdAt());
    }
}

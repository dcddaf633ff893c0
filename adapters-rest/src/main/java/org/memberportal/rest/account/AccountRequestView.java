package org.memberportal.rest.account;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.account.AccountRequest;

@Schema(name = "AccountRequestView")
public record AccountRequestView(String id, String companyId, String fullName, String email, String level,
        String status, Instant requestedAt, String requestedBy, String rejectionReason, String accountId,
        Instant decidedAt) {

    static AccountRequestView of(AccountRequest request) {
        return new AccountRequestView(request.id(), request.companyId().value(), request.fullName(),
                request.email().value(), request.level().name(), request.status().name(), request.requestedAt(),
                request.requestedBy() == null ? null : request.requestedBy().value(), request.rejectionReason(),
                request.accountId() == null ? null : request.accountId().value(), request.decidedAt());
    }
}

package org.memberportal.rest.account;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.account.AccountRequest;

@Schema(name = "AccountRequestView")
public record AccountRequestView(String id, String companyId, String fullName, String email, String level,
        String status, Instant requestedAt, String requestedBy, String rejectionReason, String accountId,
        Instant decidedAt, String note) {

    static final String KNOWN_ELSEWHERE = "The address is known outside this company (a person who works for"
            + " another company, or an agent): approval adds a membership in this company to that person, with"
            + " no second login; an agent's address is not approved.";

    /** As the requesting member sees it: nothing about the address beyond this company. */
    static AccountRequestView of(AccountRequest request) {
        return view(request, null);
    }

    /** As the deciding agent sees it, with the note on an address known elsewhere. */
    static AccountRequestView forAgents(AccountRequest request) {
        return view(request, request.isKnownElsewhere() ? KNOWN_ELSEWHERE : null);
    }

    private static AccountRequestView view(AccountRequest request, String note) {
        return new AccountRequestView(request.id(), request.companyId().value(), request.fullName(),
                request.email().value(), request.level().name(), request.status().name(), request.requestedAt(),
                request.requestedBy() == null ? null : request.requestedBy().value(), request.rejectionReason(),
                request.accountId() == null ? null : request.accountId().value(), request.decidedAt(), note);
    }
}

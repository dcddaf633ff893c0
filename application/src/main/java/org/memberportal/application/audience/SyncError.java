package org.memberportal.application.audience;

import java.time.Instant;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.company.CompanyId;

/** A member Mailchimp refused for good, for agents to look into. */
public record SyncError(AccountId accountId, CompanyId companyId, EmailAddress email, RejectionReason reason,
        String detail, Instant at) {
}

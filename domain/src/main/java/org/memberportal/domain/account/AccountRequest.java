package org.memberportal.domain.account;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.LifeCycleRefusal.Reason;
import org.memberportal.domain.company.CompanyId;

/**
 * A Manager's or Primary's request to add a person of their staff (account life cycle 1). An
 * agent approves it, which creates the account pending activation, or rejects it with a reason.
 */
public final class AccountRequest {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    private final String id;
    private final CompanyId companyId;
    private final String fullName;
    private final EmailAddress email;
    private final PermissionLevel level;
    private final AccountId requestedBy;
    private final Instant requestedAt;
    private Status status;
    private String rejectionReason;
    private AccountId accountId;
    private Instant decidedAt;
    private final boolean knownElsewhere;
    private final long version;

    private AccountRequest(String id, CompanyId companyId, String fullName, EmailAddress email, PermissionLevel level,
            AccountId requestedBy, Instant requestedAt, Status status, String rejectionReason, AccountId accountId,
            Instant decidedAt, boolean knownElsewhere, long version) {
        this.id = Objects.requireNonNull(id);
        this.companyId = Objects.requireNonNull(companyId);
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("a request needs the person's full name");
        }
        this.fullName = fullName.strip();
        this.email = Objects.requireNonNull(email);
        this.level = Objects.requireNonNull(level);
        this.requestedBy = requestedBy;
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.status = Objects.requireNonNull(status);
        this.rejectionReason = rejectionReason;
        this.accountId = accountId;
        this.decidedAt = decidedAt;
        this.knownElsewhere = knownElsewhere;
        this.version = version;
    }

    /**
     * A member asks for an account for a person of their staff (account life cycle 1): a Manager
     * up to Manager, a Primary any level, as the capability matrix says. The only way to a new
     * request, so that no caller can skip the check.
     */
    public static AccountRequest open(CompanyId companyId, AccountId requestedBy, PermissionLevel requesterLevel,
            String fullName, EmailAddress email, PermissionLevel level, Instant now) {
        if (!CapabilityMatrix.mayGrant(requesterLevel, level)) {
            throw new LifeCycleRefusal(Reason.LEVEL_NOT_GRANTABLE, "Your level may ask for accounts up to "
                    + CapabilityMatrix.highestLevelGrantableBy(requesterLevel).map(Enum::name).orElse("none") + ".");
        }
        return new AccountRequest(TimeOrderedIds.next(), companyId, fullName, email, level, requestedBy, now,
                Status.PENDING, null, null, null, false, 0);
    }

    /**
     * The same request, marked for the agent who decides it: the address is known outside the
     * requesting company (a person with a membership elsewhere, or an agent). The requester is
     * never told.
     */
    public AccountRequest knownElsewhere() {
        return new AccountRequest(id, companyId, fullName, email, level, requestedBy, requestedAt, status,
                rejectionReason, accountId, decidedAt, true, version);
    }

    public static AccountRequest restore(String id, CompanyId companyId, String fullName, EmailAddress email,
            PermissionLevel level, AccountId requestedBy, Instant requestedAt, Status status, String rejectionReason,
            AccountId accountId, Instant decidedAt, boolean knownElsewhere, long version) {
        return new AccountRequest(id, companyId, fullName, email, level, requestedBy, requestedAt, status,
                rejectionReason, accountId, decidedAt, knownElsewhere, version);
    }

    /** Approval creates the person's account, pending activation. */
    public PortalAccount approve(Instant now) {
        requirePending();
        PortalAccount account = PortalAccount.pendingActivation(companyId, fullName, email, level, now);
        this.status = Status.APPROVED;
        this.accountId = account.id();
        this.decidedAt = now;
        return account;
    }

    /**
     * Approval for a person the portal knows already (their membership in another company): a
     * membership in this company for the same person, with no second login.
     */
    public PortalAccount approveFor(PortalAccount person, Instant now) {
        requirePending();
        if (!person.email().equals(email)) {
            throw new IllegalArgumentException("the request is for another address");
        }
        PortalAccount membership = person.joining(companyId, level, now);
        this.status = Status.APPROVED;
        this.accountId = membership.id();
        this.decidedAt = now;
        return membership;
    }

    public void reject(String reason, Instant now) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        this.status = Status.REJECTED;
        this.rejectionReason = reason.strip();
        this.decidedAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("the request was already " + status.name().toLowerCase());
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public String id() {
        return id;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public String fullName() {
        return fullName;
    }

    public EmailAddress email() {
        return email;
    }

    public PermissionLevel level() {
        return level;
    }

    public AccountId requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public AccountId accountId() {
        return accountId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean isKnownElsewhere() {
        return knownElsewhere;
    }

    public long version() {
        return version;
    }
}

package org.memberportal.domain.livesession;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.Texts;
import org.memberportal.domain.Money;
import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;

/** A member's booking of a live session or call return at a preferred time; an agent confirms it. */
public final class LiveSession {

    public enum Status {
        REQUESTED, CONFIRMED
    }

    private final String id;
    private final CompanyId companyId;
    private final AccountId accountId;
    private final SessionKind kind;
    private final Instant preferredAt;
    private final Money price;
    private final String couponCode;
    private final Instant bookedAt;
    private Status status;
    private Instant scheduledAt;
    private Instant confirmedAt;
    private final long version;

    private LiveSession(String id, CompanyId companyId, AccountId accountId, SessionKind kind, Instant preferredAt,
            Money price, String couponCode, Instant bookedAt, Status status, Instant scheduledAt,
            Instant confirmedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.companyId = Objects.requireNonNull(companyId, "company");
        this.accountId = Objects.requireNonNull(accountId, "account");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.preferredAt = Objects.requireNonNull(preferredAt, "preferred time");
        this.price = Objects.requireNonNull(price, "price");
        this.couponCode = couponCode;
        this.bookedAt = Objects.requireNonNull(bookedAt, "booked at");
        this.status = Objects.requireNonNull(status, "status");
        this.scheduledAt = scheduledAt;
        this.confirmedAt = confirmedAt;
        this.version = version;
    }

    public static LiveSession book(Caller.Member member, SessionKind kind, Instant preferredAt, Money price,
            String couponCode, Instant now) {
        Texts.present(kind, "kind");
        if (!Texts.present(preferredAt, "Something is missing.").isAfter(now)) {
            throw new IllegalArgumentException("the preferred time must be in the future");
        }
        return new LiveSession(TimeOrderedIds.next(), member.companyId(), member.accountId(), kind, preferredAt,
                price, couponCode, now, Status.REQUESTED, null, null, 0);
    }

    public static LiveSession restore(String id, CompanyId companyId, AccountId accountId, SessionKind kind,
            Instant preferredAt, Money price, String couponCode, Instant bookedAt, Status status,
            Instant scheduledAt, Instant confirmedAt, long version) {
        return new LiveSession(id, companyId, accountId, kind, preferredAt, price, couponCode, bookedAt, status,
                scheduledAt, confirmedAt, version);
    }

    /** Confirms the booking for {@code at}, the preferred time unless the agent agreed another. */
    public void confirm(Instant at, Instant now) {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("the booking was already confirmed");
        }
        this.status = Status.CONFIRMED;
        this.scheduledAt = at == null ? preferredAt : at;
        this.confirmedAt = now;
    }

    public String id() {
        return id;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public AccountId accountId() {
        return accountId;
    }

    public SessionKind kind() {
        return kind;
    }

    public Instant preferredAt() {
        return preferredAt;
    }

    public Money price() {
        return price;
    }

    public String couponCode() {
        return couponCode;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public Status status() {
        return status;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public long version() {
        return version;
    }
}

package org.memberportal.domain.order;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;

/** A member's order of licenses or of a paid service; an agent fulfils it once. */
public final class Order {

    public enum Status {
        PLACED, FULFILLED
    }

    private final String id;
    private final CompanyId companyId;
    private final AccountId orderedBy;
    private final OrderLine line;
    private final Instant placedAt;
    private Status status;
    private Instant fulfilledAt;
    /** For a license order: the license it raised or created. */
    private String licenseId;
    private final long version;

    private Order(String id, CompanyId companyId, AccountId orderedBy, OrderLine line, Instant placedAt,
            Status status, Instant fulfilledAt, String licenseId, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.companyId = Objects.requireNonNull(companyId, "company");
        this.orderedBy = Objects.requireNonNull(orderedBy, "orderer");
        this.line = Objects.requireNonNull(line, "line");
        this.placedAt = Objects.requireNonNull(placedAt, "placed at");
        this.status = Objects.requireNonNull(status, "status");
        this.fulfilledAt = fulfilledAt;
        this.licenseId = licenseId;
        this.version = version;
    }

    public static Order place(CompanyId companyId, AccountId orderedBy, OrderLine line, Instant now) {
        return new Order(TimeOrderedIds.next(), companyId, orderedBy, line, now, Status.PLACED, null, null, 0);
    }

    public static Order restore(String id, CompanyId companyId, AccountId orderedBy, OrderLine line,
            Instant placedAt, Status status, Instant fulfilledAt, String licenseId, long version) {
        return new Order(id, companyId, orderedBy, line, placedAt, status, fulfilledAt, licenseId, version);
    }

    /** Fulfils the order; {@code licenseId} names the license a license order raised (null for a service). */
    public void fulfil(String licenseId, Instant now) {
        if (status != Status.PLACED) {
            throw new IllegalStateException("the order was already fulfilled");
        }
        if ((line instanceof OrderLine.Licenses) != (licenseId != null)) {
            throw new IllegalArgumentException("a license order, and only one, is fulfilled with a license");
        }
        this.status = Status.FULFILLED;
        this.fulfilledAt = now;
        this.licenseId = licenseId;
    }

    public String id() {
        return id;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public AccountId orderedBy() {
        return orderedBy;
    }

    public OrderLine line() {
        return line;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Status status() {
        return status;
    }

    public Instant fulfilledAt() {
        return fulfilledAt;
    }

    public String licenseId() {
        return licenseId;
    }

    public long version() {
        return version;
    }
}

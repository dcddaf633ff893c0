package org.memberportal.persistence.order;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.LicenseKind;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.order.OrderLine;

/** Both kinds of order in one table: the columns of the other kind stay null. */
@Entity
@Table(name = "orders")
public class OrderEntity {

    static final String LICENSES = "LICENSES";
    static final String SERVICE = "SERVICE";

    @Id
    String id;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Column(name = "ordered_by", nullable = false, updatable = false)
    String orderedBy;

    @Column(name = "line_kind", nullable = false, updatable = false)
    String lineKind;

    @Column(updatable = false)
    String product;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_kind", updatable = false)
    LicenseKind licenseKind;

    @Column(updatable = false)
    Integer quantity;

    @Column(updatable = false)
    String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Order.Status status;

    @Column(name = "placed_at", nullable = false, updatable = false)
    Instant placedAt;

    @Column(name = "fulfilled_at")
    Instant fulfilledAt;

    @Column(name = "license_id")
    String licenseId;

    @Version
    long version;

    protected OrderEntity() {
    }

    static OrderEntity from(Order order) {
        OrderEntity entity = new OrderEntity();
        entity.id = order.id();
        entity.companyId = order.companyId().value();
        entity.orderedBy = order.orderedBy().value();
        entity.placedAt = order.placedAt();
        if (order.line() instanceof OrderLine.Licenses line) {
            entity.lineKind = LICENSES;
            entity.product = line.product();
            entity.licenseKind = line.kind();
            entity.quantity = line.quantity();
        } else {
            entity.lineKind = SERVICE;
            entity.description = ((OrderLine.Service) order.line()).description();
        }
        entity.copy(order);
        return entity;
    }

    void copy(Order order) {
        status = order.status();
        fulfilledAt = order.fulfilledAt();
        licenseId = order.licenseId();
    }

    Order toDomain() {
        OrderLine line = LICENSES.equals(lineKind)
                ? new OrderLine.Licenses(product, licenseKind, quantity)
                : new OrderLine.Service(description);
        return Order.restore(id, new CompanyId(companyId), new AccountId(orderedBy), line, placedAt, status,
                fulfilledAt, licenseId, version);
    }
}

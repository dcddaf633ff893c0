package org.memberportal.rest.order;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.order.Order;
import org.memberportal.domain.order.OrderLine;

/** An order: {@code kind} LICENSES (product, licenseKind, quantity) or SERVICE (description). */
@Schema(name = "OrderView")
public record OrderView(String id, String companyId, String orderedBy, String kind, String product,
        String licenseKind, Integer quantity, String description, String status, Instant placedAt,
        Instant fulfilledAt, String licenseId, long version) {

    public static OrderView of(Order order) {
        if (order.line() instanceof OrderLine.Licenses line) {
            return new OrderView(order.id(), order.companyId().value(), order.orderedBy().value(), "LICENSES",
                    line.product(), line.kind().name(), line.quantity(), null, order.status().name(),
                    order.placedAt(), order.fulfilledAt(), order.licenseId(), order.version());
        }
        return new OrderView(order.id(), order.companyId().value(), order.orderedBy().value(), "SERVICE", null, null,
                null, ((OrderLine.Service) order.line()).description(), order.status().name(), order.placedAt(),
                order.fulfilledAt(), order.licenseId(), order.version());
    }
}

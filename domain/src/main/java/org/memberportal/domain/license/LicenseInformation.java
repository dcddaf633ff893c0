package org.memberportal.domain.license;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a caller is shown of one license, one type per {@link LicenseDisclosure}. They are
 * separate types on purpose: a view below {@link WithKeys} has no field a key or an activation
 * code could be put in, so none can leak through a field someone forgot to clear.
 */
public sealed interface LicenseInformation permits LicenseInformation.Limited, LicenseInformation.Full,
        LicenseInformation.WithKeys {

    String id();

    /** One license order of the company for this product and kind, as the order history lists it. */
    record OrderRecord(String orderId, int quantity, String status, Instant placedAt, Instant fulfilledAt) {
    }

    /** Product, license type, quantity, expiry (docs/rules.md, Sales/Designer). */
    record Limited(String id, String product, LicenseKind kind, int quantity, LocalDate expiresOn)
            implements LicenseInformation {
    }

    /** The limited view plus whether it expired, the maintenance status and the order history. */
    record Full(String id, String product, LicenseKind kind, int quantity, LocalDate expiresOn, boolean expired,
            MaintenanceStatus maintenance, List<OrderRecord> orderHistory) implements LicenseInformation {
        public Full {
            orderHistory = List.copyOf(orderHistory);
        }
    }

    /** The full view plus the license key and activation codes: Primary members only. */
    record WithKeys(String id, String product, LicenseKind kind, int quantity, LocalDate expiresOn, boolean expired,
            MaintenanceStatus maintenance, List<OrderRecord> orderHistory, String licenseKey,
            List<String> activationCodes) implements LicenseInformation {
        public WithKeys {
            orderHistory = List.copyOf(orderHistory);
            activationCodes = List.copyOf(activationCodes);
        }
    }

    static LicenseInformation of(LicenseDisclosure disclosure, License license, MaintenanceStatus maintenance,
            List<OrderRecord> orderHistory, LocalDate today) {
        Objects.requireNonNull(disclosure, "disclosure");
        return switch (disclosure) {
            case LIMITED -> new Limited(license.id(), license.product(), license.kind(), license.quantity(),
                    license.expiresOn());
            case FULL -> new Full(license.id(), license.product(), license.kind(), license.quantity(),
                    license.expiresOn(), license.isExpired(today), maintenance, orderHistory);
            case WITH_KEYS -> new WithKeys(license.id(), license.product(), license.kind(), license.quantity(),
                    license.expiresOn(), license.isExpired(today), maintenance, orderHistory, license.licenseKey(),
                    license.activationCodes());
        };
    }
}

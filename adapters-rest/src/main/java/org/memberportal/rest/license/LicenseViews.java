package org.memberportal.rest.license;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseInformation;
import org.memberportal.domain.license.MaintenanceStatus;

/**
 * The JSON of licenses, one record per disclosure, like the domain's views: only
 * {@link PrimaryLicenseView} and {@link IssuedLicenseView} have a field a key or an activation
 * code could go in.
 */
public final class LicenseViews {

    private LicenseViews() {
    }

    /** One item of {@code GET /companies/{cid}/licenses}: which record depends on the caller. */
    public sealed interface LicenseView permits LimitedLicenseView, FullLicenseView, PrimaryLicenseView {
    }

    public record LimitedLicenseView(String id, String product, String kind, int quantity, LocalDate expiresOn)
            implements LicenseView {
    }

    public record FullLicenseView(String id, String product, String kind, int quantity, LocalDate expiresOn,
            boolean expired, MaintenanceView maintenance, List<OrderHistoryView> orderHistory) implements LicenseView {
    }

    @Schema(name = "License", description = "A license as the caller's level shows it: Sales/Designer get id, product, kind, quantity and expiresOn; IT/Tech, Manager and agents add expired, maintenance and orderHistory; a Primary adds licenseKey and activationCodes")
    public record PrimaryLicenseView(String id, String product, String kind, int quantity, LocalDate expiresOn,
            boolean expired, MaintenanceView maintenance, List<OrderHistoryView> orderHistory, String licenseKey,
            List<String> activationCodes) implements LicenseView {
    }

    /** The answer to the agent who issues a license: the one time an agent sees its secrets. */
    @Schema(name = "IssuedLicenseView")
    public record IssuedLicenseView(String id, String companyId, String product, String kind, int quantity,
            LocalDate expiresOn, String licenseKey, List<String> activationCodes, Instant createdAt) {

        static IssuedLicenseView of(License license) {
            return new IssuedLicenseView(license.id(), license.companyId().value(), license.product(),
                    license.kind().name(), license.quantity(), license.expiresOn(), license.licenseKey(),
                    license.activationCodes(), license.createdAt());
        }
    }

    /** {@code status}: ACTIVE, EXPIRED or NONE; {@code endsOn} null for NONE. */
    public record MaintenanceView(String status, LocalDate endsOn) {
        static MaintenanceView of(MaintenanceStatus status) {
            return new MaintenanceView(status.state().name(), status.endsOn());
        }
    }

    public record OrderHistoryView(String orderId, int quantity, String status, Instant placedAt,
            Instant fulfilledAt) {
        static List<OrderHistoryView> of(List<LicenseInformation.OrderRecord> records) {
            return records.stream()
                    .map(r -> new OrderHistoryView(r.orderId(), r.quantity(), r.status(), r.placedAt(), r.fulfilledAt()))
                    .toList();
        }
    }

    static LicenseView of(LicenseInformation information) {
        if (information instanceof LicenseInformation.WithKeys keyed) {
            return new PrimaryLicenseView(keyed.id(), keyed.product(), keyed.kind().name(), keyed.quantity(),
                    keyed.expiresOn(), keyed.expired(), MaintenanceView.of(keyed.maintenance()),
                    OrderHistoryView.of(keyed.orderHistory()), keyed.licenseKey(), keyed.activationCodes());
        }
        if (information instanceof LicenseInformation.Full full) {
            return new FullLicenseView(full.id(), full.product(), full.kind().name(), full.quantity(),
                    full.expiresOn(), full.expired(), MaintenanceView.of(full.maintenance()),
                    OrderHistoryView.of(full.orderHistory()));
        }
        LicenseInformation.Limited limited = (LicenseInformation.Limited) information;
        return new LimitedLicenseView(limited.id(), limited.product(), limited.kind().name(), limited.quantity(),
                limited.expiresOn());
    }
}

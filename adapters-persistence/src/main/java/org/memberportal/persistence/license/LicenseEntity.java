package org.memberportal.persistence.license;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseKind;

@Entity
@Table(name = "licenses")
public class LicenseEntity {

    @Id
    String id;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Column(nullable = false, updatable = false)
    String product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    LicenseKind kind;

    @Column(nullable = false)
    int quantity;

    @Column(name = "expires_on", nullable = false)
    LocalDate expiresOn;

    @Column(name = "license_key", nullable = false, updatable = false)
    String licenseKey;

    /** Space-separated: codes have no spaces, and a license has at most a thousand of them. */
    @Column(name = "activation_codes", nullable = false)
    String activationCodes;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Version
    long version;

    protected LicenseEntity() {
    }

    static LicenseEntity from(License license) {
        LicenseEntity entity = new LicenseEntity();
        entity.id = license.id();
        entity.companyId = license.companyId().value();
        entity.product = license.product();
        entity.kind = license.kind();
        entity.licenseKey = license.licenseKey();
        entity.createdAt = license.createdAt();
        entity.copy(license);
        return entity;
    }

    void copy(License license) {
        quantity = license.quantity();
        expiresOn = license.expiresOn();
        activationCodes = String.join(" ", license.activationCodes());
    }

    License toDomain() {
        List<String> codes = activationCodes.isEmpty() ? List.of() : Arrays.asList(activationCodes.split(" "));
        return License.restore(id, new CompanyId(companyId), product, kind, quantity, expiresOn, licenseKey, codes,
                createdAt, version);
    }
}

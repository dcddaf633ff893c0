package org.memberportal.domain.license;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.Texts;
import org.memberportal.domain.company.CompanyId;

/**
 * A company's license of one product: how many computers or concurrent connections, until when,
 * with its license key and activation codes. Keys and codes are secrets of the company's Primary
 * members; which view of a license a member gets is decided in {@link LicenseInformation}.
 *
 * <p>A computer license has one activation code per computer; a concurrent-connection license
 * one for its installation, whatever the number of connections.
 */
public final class License {

    public static final int MAX_QUANTITY = 1000;
    public static final int MAX_PRODUCT_LENGTH = 200;

    private final String id;
    private final CompanyId companyId;
    private final String product;
    private final LicenseKind kind;
    private int quantity;
    private final LocalDate expiresOn;
    private final String licenseKey;
    private final List<String> activationCodes;
    private final Instant createdAt;
    private final long version;

    private License(String id, CompanyId companyId, String product, LicenseKind kind, int quantity,
            LocalDate expiresOn, String licenseKey, List<String> activationCodes, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.companyId = Objects.requireNonNull(companyId, "company");
        this.product = product(product);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.quantity = requireQuantity(quantity);
        this.expiresOn = Objects.requireNonNull(expiresOn, "expiry");
        this.licenseKey = Objects.requireNonNull(licenseKey, "license key");
        this.activationCodes = new ArrayList<>(activationCodes);
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.version = version;
    }

    /** A new license with a fresh key and activation codes. */
    public static License issue(CompanyId companyId, String product, LicenseKind kind, int quantity,
            LocalDate expiresOn, Instant now) {
        Texts.present(kind, "kind");
        Texts.present(expiresOn, "expiry");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < codesFor(kind, requireQuantity(quantity)); i++) {
            codes.add(LicenseCodes.newActivationCode());
        }
        return new License(TimeOrderedIds.next(), companyId, product, kind, quantity, expiresOn,
                LicenseCodes.newLicenseKey(), codes, now, 0);
    }

    public static License restore(String id, CompanyId companyId, String product, LicenseKind kind, int quantity,
            LocalDate expiresOn, String licenseKey, List<String> activationCodes, Instant createdAt, long version) {
        return new License(id, companyId, product, kind, quantity, expiresOn, licenseKey, activationCodes, createdAt,
                version);
    }

    /** The product name as entered, stripped; products compare without regard to case. */
    public static String product(String name) {
        return Texts.requireOneLine("the product", name, MAX_PRODUCT_LENGTH);
    }

    private static int requireQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("the quantity is between 1 and " + MAX_QUANTITY);
        }
        return quantity;
    }

    private static int codesFor(LicenseKind kind, int quantity) {
        return kind == LicenseKind.COMPUTER ? quantity : 1;
    }

    /** More seats or connections: a computer license gets an activation code for each new computer. */
    public void raiseBy(int more) {
        if (more < 1) {
            throw new IllegalArgumentException("a license is raised by at least 1");
        }
        int raised = requireQuantity(quantity + more);
        while (activationCodes.size() < codesFor(kind, raised)) {
            activationCodes.add(LicenseCodes.newActivationCode());
        }
        quantity = raised;
    }

    public boolean isOf(String otherProduct, LicenseKind otherKind) {
        return kind == otherKind && product.toLowerCase(Locale.ROOT).equals(
                product(otherProduct).toLowerCase(Locale.ROOT));
    }

    public boolean isExpired(LocalDate today) {
        return today.isAfter(expiresOn);
    }

    public String id() {
        return id;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public String product() {
        return product;
    }

    public LicenseKind kind() {
        return kind;
    }

    public int quantity() {
        return quantity;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String licenseKey() {
        return licenseKey;
    }

    public List<String> activationCodes() {
        return List.copyOf(activationCodes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "License[" + id + ", " + product + ", " + kind + " x" + quantity + ", key and codes hidden]";
    }
}

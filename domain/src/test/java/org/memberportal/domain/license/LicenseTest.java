package org.memberportal.domain.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.company.CompanyId;

class LicenseTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final LocalDate EXPIRY = LocalDate.parse("2027-12-31");

    @Test
    void aComputerLicenseHasAnActivationCodePerComputer() {
        License license = License.issue(CompanyId.newId(), "Suite", LicenseKind.COMPUTER, 3, EXPIRY, NOW);

        assertThat(LicenseCodes.isLicenseKey(license.licenseKey())).isTrue();
        assertThat(license.activationCodes()).hasSize(3).doesNotHaveDuplicates()
                .allMatch(LicenseCodes::isActivationCode);
    }

    @Test
    void aConcurrentConnectionLicenseHasOneActivationCodeForItsInstallation() {
        License license = License.issue(CompanyId.newId(), "Server", LicenseKind.CONCURRENT_CONNECTION, 25, EXPIRY,
                NOW);

        assertThat(license.activationCodes()).hasSize(1);
    }

    @Test
    void raisingAComputerLicenseAddsCodesAndKeepsTheOldOnes() {
        License license = License.issue(CompanyId.newId(), "Suite", LicenseKind.COMPUTER, 2, EXPIRY, NOW);
        var before = license.activationCodes();

        license.raiseBy(3);

        assertThat(license.quantity()).isEqualTo(5);
        assertThat(license.activationCodes()).hasSize(5).startsWith(before.toArray(String[]::new));
    }

    @Test
    void quantitiesStayWithinBounds() {
        License license = License.issue(CompanyId.newId(), "Suite", LicenseKind.COMPUTER, License.MAX_QUANTITY, EXPIRY,
                NOW);

        assertThatThrownBy(() -> license.raiseBy(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> License.issue(CompanyId.newId(), "Suite", LicenseKind.COMPUTER, 0, EXPIRY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void productsCompareWithoutRegardToCase() {
        License license = License.issue(CompanyId.newId(), "Design Suite", LicenseKind.COMPUTER, 1, EXPIRY, NOW);

        assertThat(license.isOf(" design SUITE ", LicenseKind.COMPUTER)).isTrue();
        assertThat(license.isOf("Design Suite", LicenseKind.CONCURRENT_CONNECTION)).isFalse();
    }

    @Test
    void itsTextShowsNoSecret() {
        License license = License.issue(CompanyId.newId(), "Suite", LicenseKind.COMPUTER, 1, EXPIRY, NOW);

        assertThat(license.toString()).doesNotContain(license.licenseKey(), license.activationCodes().get(0));
    }
}

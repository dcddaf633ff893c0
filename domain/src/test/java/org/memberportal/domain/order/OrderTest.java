package org.memberportal.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.LicenseKind;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void anOrderIsFulfilledOnce() {
        Order order = Order.place(CompanyId.newId(), AccountId.newId(),
                new OrderLine.Licenses("Suite", LicenseKind.COMPUTER, 5), NOW);

        order.fulfil("license-1", NOW.plusSeconds(60));

        assertThat(order.status()).isEqualTo(Order.Status.FULFILLED);
        assertThat(order.licenseId()).isEqualTo("license-1");
        assertThatThrownBy(() -> order.fulfil("license-1", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyALicenseOrderNamesALicense() {
        Order service = Order.place(CompanyId.newId(), AccountId.newId(), new OrderLine.Service("A report"), NOW);
        Order licenses = Order.place(CompanyId.newId(), AccountId.newId(),
                new OrderLine.Licenses("Suite", LicenseKind.COMPUTER, 5), NOW);

        assertThatThrownBy(() -> service.fulfil("license-1", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> licenses.fulfil(null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesAreChecked() {
        assertThatThrownBy(() -> new OrderLine.Licenses("Suite", LicenseKind.COMPUTER, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLine.Licenses(" ", LicenseKind.COMPUTER, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLine.Service("")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.memberportal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.company.CompanyId;

class AccountRequestTest {

    private final Instant now = Instant.parse("2026-11-28T12:00:00Z");
    private final AccountRequest request = AccountRequest.open(CompanyId.newId(), AccountId.newId(),
            PermissionLevel.PRIMARY_OWNER, "Kim Lee", EmailAddress.of("kim@acme.example"), PermissionLevel.SALES_DESIGNER,
            now);

    @Test
    void approvalCreatesTheAccountPendingActivation() {
        PortalAccount account = request.approve(now);

        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(account.level()).isEqualTo(PermissionLevel.SALES_DESIGNER);
        assertThat(account.mayLogIn()).isFalse();
        assertThat(request.status()).isEqualTo(AccountRequest.Status.APPROVED);
        assertThat(request.accountId()).isEqualTo(account.id());
    }

    @Test
    void aRequestIsDecidedOnce() {
        request.reject("not our staff", now);

        assertThat(request.rejectionReason()).isEqualTo("not our staff");
        assertThatThrownBy(() -> request.approve(now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> request.reject(" ", now)).isInstanceOf(IllegalArgumentException.class);
    }
}

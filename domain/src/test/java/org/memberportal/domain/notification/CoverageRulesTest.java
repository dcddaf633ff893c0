package org.memberportal.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.domain.access.PermissionLevel.*;
import static org.memberportal.domain.account.AccountStatus.*;
import static org.memberportal.domain.notification.CompanyWarning.*;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageRulesTest {

    private static final StaffStanding PRIMARY = new StaffStanding(PRIMARY_OWNER, ACTIVE, true);
    private static final StaffStanding OPTED_OUT_PRIMARY = new StaffStanding(PRIMARY_OWNER, ACTIVE, false);
    private static final StaffStanding BASIC_MEMBER = new StaffStanding(BASIC, ACTIVE, true);
    private static final StaffStanding DEACTIVATED_PRIMARY = new StaffStanding(PRIMARY_OWNER, DEACTIVATED, false);

    @Test
    void aWellCoveredCompanyHasNoWarning() {
        assertThat(CoverageRules.warningsFor(List.of(PRIMARY, PRIMARY, BASIC_MEMBER))).isEmpty();
    }

    @Test
    void oneActivePrimaryIsAdvisedAgainst() {
        assertThat(CoverageRules.warningsFor(List.of(PRIMARY, BASIC_MEMBER))).containsExactly(COMPANY_WITH_SINGLE_PRIMARY);
    }

    @Test
    void noActivePrimaryAndNoRecipient() {
        assertThat(CoverageRules.warningsFor(List.of(DEACTIVATED_PRIMARY)))
                .containsExactlyInAnyOrder(COMPANY_WITHOUT_PRIMARY, COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT);
    }

    @Test
    void anOptOutOfTheLastRecipientRaisesTheRecipientWarning() {
        assertThat(CoverageRules.raisedBy(List.of(PRIMARY, PRIMARY), List.of(OPTED_OUT_PRIMARY, OPTED_OUT_PRIMARY)))
                .containsExactly(COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT);
    }

    @Test
    void aWarningThatHeldBeforeIsNotRaisedAgain() {
        assertThat(CoverageRules.raisedBy(List.of(PRIMARY), List.of(PRIMARY, BASIC_MEMBER))).isEmpty();
    }

    @Test
    void theLedgerRaisesWhatStartedToHoldAndClearsWhatStopped() {
        CoverageRules.Reconciliation due = CoverageRules.reconcile(
                EnumSet.of(COMPANY_WITH_SINGLE_PRIMARY, COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT),
                EnumSet.of(COMPANY_WITHOUT_PRIMARY, COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT));

        assertThat(due.raised()).containsExactly(COMPANY_WITHOUT_PRIMARY);
        assertThat(due.cleared()).containsExactly(COMPANY_WITH_SINGLE_PRIMARY);
    }
}

package org.memberportal.application.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryRaisedWarnings;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.notification.CompanyWarning;

class CompanyWarningsTest {

    private static final CompanyId OWN = new CompanyId("c-own");
    private static final CompanyId OTHER = new CompanyId("c-other");

    private final InMemoryRaisedWarnings raised = new InMemoryRaisedWarnings();
    private final CompanyWarnings warnings = new CompanyWarnings(raised);

    @ParameterizedTest(name = "{0} sees the company''s warnings: {1}")
    @CsvSource({"BASIC, false", "SALES_DESIGNER, false", "IT_TECH_SUPPORT, false", "MANAGER_SUPERVISOR, true",
            "PRIMARY_OWNER, true"})
    void theLevelsTheWarningsReachSeeThem(PermissionLevel level, boolean sees) {
        raised.raise(List.of(
                RaisedWarning.raise(OWN, CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY, Instant.parse("2026-12-02T00:00:00Z")),
                RaisedWarning.raise(OWN, CompanyWarning.COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT,
                        Instant.parse("2026-12-01T00:00:00Z")),
                RaisedWarning.raise(OTHER, CompanyWarning.COMPANY_WITHOUT_PRIMARY, Instant.parse("2026-12-01T00:00:00Z"))));
        Caller member = new Caller.Member(new AccountId("a-1"), OWN, level);

        if (sees) {
            assertThat(warnings.open(member, OWN)).extracting(RaisedWarning::warning).containsExactly(
                    CompanyWarning.COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT, CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
        } else {
            assertThatThrownBy(() -> warnings.open(member, OWN)).isInstanceOf(Refusal.class)
                    .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.NOT_PERMITTED);
        }
    }

    @ParameterizedTest(name = "another company''s warnings are not found for {0}")
    @CsvSource({"PRIMARY_OWNER", "MANAGER_SUPERVISOR"})
    void anotherCompanysWarningsAreNotFound(PermissionLevel level) {
        Caller member = new Caller.Member(new AccountId("a-1"), OWN, level);

        assertThatThrownBy(() -> warnings.open(member, OTHER)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }
}

package org.memberportal.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.company.CompanyId;

/** The account life cycle of docs/rules.md, step by step, each step a table of who may do what. */
class PortalAccountTest {

    private static final CompanyId ACME = CompanyId.newId();
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final StaffChanger AGENT = new StaffChanger.Agent();

    @ParameterizedTest(name = "1. a {0} asks for a {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # requester         | wanted level       | outcome
            PRIMARY_OWNER       | PRIMARY_OWNER      | requested
            PRIMARY_OWNER       | BASIC              | requested
            MANAGER_SUPERVISOR  | MANAGER_SUPERVISOR | requested
            MANAGER_SUPERVISOR  | PRIMARY_OWNER      | LEVEL_NOT_GRANTABLE
            IT_TECH_SUPPORT     | BASIC              | LEVEL_NOT_GRANTABLE
            BASIC               | BASIC              | LEVEL_NOT_GRANTABLE
            """)
    void oneAManagerOrPrimaryRequestsStaff(PermissionLevel requester, PermissionLevel wanted, String outcome) {
        AccountId member = AccountId.newId();

        String actual = outcomeOf(() -> {
            AccountRequest request = AccountRequest.open(ACME, member, requester, "New Person",
                    email(), wanted, NOW);
            assertThat(request.isPending()).isTrue();
            assertThat(request.level()).isEqualTo(wanted);
        }, "requested");

        assertThat(actual).isEqualTo(outcome);
    }

    @Test
    void twoAnApprovedRequestIsAnAccountPendingActivationThatCannotLogIn() {
        PortalAccount account = AccountRequest.open(ACME, AccountId.newId(), PRIMARY_OWNER, "New Person", email(), BASIC, NOW)
                .approve(NOW);

        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(account.mayLogIn()).isFalse();
    }

    @ParameterizedTest(name = "3. activating an account {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # status            | outcome
            PENDING_ACTIVATION  | ACTIVE
            ACTIVE              | NOT_PENDING_ACTIVATION
            DEACTIVATED         | NOT_PENDING_ACTIVATION
            """)
    void threeAPasswordActivatesAPendingAccount(AccountStatus status, String outcome) {
        PortalAccount account = inStatus(BASIC, status);

        String actual = outcomeOf(() -> account.activate("new-hash"), "ACTIVE");

        assertThat(actual).isEqualTo(outcome);
        if (outcome.equals("ACTIVE")) {
            assertThat(account.mayLogIn()).isTrue();
        }
    }

    @ParameterizedTest(name = "4. forgot password for an account {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # status            | what is sent
            ACTIVE              | RESET_LINK
            PENDING_ACTIVATION  | ACTIVATION_LINK_AGAIN
            DEACTIVATED         | NOTHING
            """)
    void fourForgotPasswordResetsOnlyAnActiveAccount(AccountStatus status, ForgottenPassword sent) {
        assertThat(inStatus(BASIC, status).forgotPassword()).isEqualTo(sent);
    }

    @ParameterizedTest(name = "5. a {0} changes a {1} to {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # by                | target             | new level          | outcome
            PRIMARY_OWNER       | PRIMARY_OWNER      | BASIC              | changed
            PRIMARY_OWNER       | BASIC              | PRIMARY_OWNER      | changed
            MANAGER_SUPERVISOR  | BASIC              | MANAGER_SUPERVISOR | changed
            MANAGER_SUPERVISOR  | MANAGER_SUPERVISOR | BASIC              | changed
            MANAGER_SUPERVISOR  | BASIC              | PRIMARY_OWNER      | LEVEL_NOT_GRANTABLE
            MANAGER_SUPERVISOR  | PRIMARY_OWNER      | BASIC              | LEVEL_NOT_GRANTABLE
            IT_TECH_SUPPORT     | BASIC              | SALES_DESIGNER     | LEVEL_NOT_GRANTABLE
            AGENT               | BASIC              | PRIMARY_OWNER      | changed
            """)
    void fiveAPrimaryOrAManagerChangesLevels(String by, PermissionLevel target, PermissionLevel newLevel,
            String outcome) {
        PortalAccount account = active(target);
        List<PortalAccount> company = List.of(account, active(PRIMARY_OWNER), active(PRIMARY_OWNER));

        String actual = outcomeOf(() -> account.changeLevel(caller(by), newLevel, company), "changed");

        assertThat(actual).isEqualTo(outcome);
        assertThat(account.level()).isEqualTo(outcome.equals("changed") ? newLevel : target);
    }

    @ParameterizedTest(name = "5. a {0} deactivates a {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # by                | target             | outcome
            PRIMARY_OWNER       | PRIMARY_OWNER      | DEACTIVATED
            PRIMARY_OWNER       | BASIC              | DEACTIVATED
            MANAGER_SUPERVISOR  | IT_TECH_SUPPORT    | DEACTIVATED
            MANAGER_SUPERVISOR  | PRIMARY_OWNER      | LEVEL_NOT_GRANTABLE
            BASIC               | BASIC              | LEVEL_NOT_GRANTABLE
            AGENT               | MANAGER_SUPERVISOR | DEACTIVATED
            """)
    void fiveADeactivatedAccountCannotLogIn(String by, PermissionLevel target, String outcome) {
        PortalAccount account = active(target);
        List<PortalAccount> company = List.of(account, active(PRIMARY_OWNER), active(PRIMARY_OWNER));

        String actual = outcomeOf(() -> account.deactivate(caller(by), company), "DEACTIVATED");

        assertThat(actual).isEqualTo(outcome);
        assertThat(account.mayLogIn()).isEqualTo(!outcome.equals("DEACTIVATED"));
    }

    @ParameterizedTest(name = "6. {0} {1} the only active Primary (others: {2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # by            | step       | other accounts          | outcome
            PRIMARY_OWNER   | demotes    | MANAGER_SUPERVISOR      | LAST_PRIMARY
            PRIMARY_OWNER   | deactivates| MANAGER_SUPERVISOR      | LAST_PRIMARY
            PRIMARY_OWNER   | keeps      | MANAGER_SUPERVISOR      | done
            PRIMARY_OWNER   | demotes    | pending PRIMARY_OWNER   | LAST_PRIMARY
            PRIMARY_OWNER   | demotes    | PRIMARY_OWNER           | done
            AGENT           | demotes    | MANAGER_SUPERVISOR      | done
            AGENT           | deactivates| MANAGER_SUPERVISOR      | done
            """)
    void sixTheLastActivePrimaryIsKeptFromMembers(String by, String step, String others, String outcome) {
        PortalAccount only = active(PRIMARY_OWNER);
        List<PortalAccount> company = new ArrayList<>(List.of(only));
        company.add(others.startsWith("pending ")
                ? PortalAccount.pendingActivation(ACME, "Pending One", email(), PRIMARY_OWNER, NOW)
                : active(PermissionLevel.valueOf(others)));

        String actual = outcomeOf(() -> {
            switch (step) {
                case "demotes" -> only.changeLevel(caller(by), BASIC, company);
                case "deactivates" -> only.deactivate(caller(by), company);
                default -> only.changeLevel(caller(by), PRIMARY_OWNER, company);
            }
        }, "done");

        assertThat(actual).isEqualTo(outcome);
    }

    @Test
    void sixAnAccountThatIsNotAnActivePrimaryIsNeverTheLastPrimary() {
        PortalAccount manager = active(MANAGER_SUPERVISOR);
        PortalAccount pendingPrimary = PortalAccount.pendingActivation(ACME, "Pending One", email(), PRIMARY_OWNER,
                NOW);

        manager.deactivate(caller("PRIMARY_OWNER"), List.of(manager));
        pendingPrimary.changeLevel(caller("PRIMARY_OWNER"), BASIC, List.of(pendingPrimary));

        assertThat(manager.status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(pendingPrimary.level()).isEqualTo(BASIC);
        assertThat(pendingPrimary.isActivePrimary()).isFalse();
    }

    private static String outcomeOf(Runnable step, String done) {
        LifeCycleRefusal refused = catchThrowableOfType(LifeCycleRefusal.class, step::run);
        return refused == null ? done : refused.reason().name();
    }

    private static StaffChanger caller(String by) {
        return by.equals("AGENT") ? AGENT : new StaffChanger.Member(PermissionLevel.valueOf(by));
    }

    private static PortalAccount active(PermissionLevel level) {
        return inStatus(level, AccountStatus.ACTIVE);
    }

    private static PortalAccount inStatus(PermissionLevel level, AccountStatus status) {
        return PortalAccount.restore(AccountId.newId(), ACME, "Some One", email(), level, status,
                status == AccountStatus.PENDING_ACTIVATION ? null : "hash", NOW, 0);
    }

    private static EmailAddress email() {
        return EmailAddress.of("someone." + System.nanoTime() + "@acme.example");
    }
}

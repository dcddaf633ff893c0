package org.memberportal.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;

class MailingPreferencesTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    @ParameterizedTest(name = "{0}: newsletter {1}, update notices {2}")
    @CsvSource({
            "BASIC,              true,  true",
            "SALES_DESIGNER,     true,  true",
            "IT_TECH_SUPPORT,    false, true",
            "MANAGER_SUPERVISOR, true,  true",
            "PRIMARY_OWNER,      true,  true"})
    void anActiveAccountStartsSubscribedToWhatItsLevelMayReceive(PermissionLevel level, boolean newsletter,
            boolean updateNotices) {
        MailingPreferences preferences = MailingPreferences.defaultsFor(AccountId.newId(), level, T0);

        assertThat(preferences.receivesNewsletter(level)).isEqualTo(newsletter);
        assertThat(preferences.receivesUpdateNotices(level)).isEqualTo(updateNotices);
        assertThat(preferences.version()).isZero();
    }

    @Test
    void itTechMayNotOptIntoTheNewsletter() {
        MailingPreferences preferences = MailingPreferences.defaultsFor(AccountId.newId(), IT_TECH_SUPPORT, T0);

        assertThatThrownBy(() -> preferences.choose(IT_TECH_SUPPORT, true, true, T1))
                .isInstanceOf(MailingPreferences.NotEligible.class);
        assertThat(preferences.changedAt()).isEqualTo(T0);
    }

    @Test
    void aChoiceKeptFromAnEligibleLevelDoesNotCountWhileTheLevelIsNotEligible() {
        MailingPreferences preferences = MailingPreferences.defaultsFor(AccountId.newId(), BASIC, T0);

        assertThat(preferences.newsletter()).isTrue();
        assertThat(preferences.receivesNewsletter(IT_TECH_SUPPORT)).isFalse();
    }

    @Test
    void choosingTheSameAgainChangesNothing() {
        MailingPreferences preferences = MailingPreferences.defaultsFor(AccountId.newId(), BASIC, T0);

        assertThat(preferences.choose(BASIC, true, true, T1)).isFalse();
        assertThat(preferences.choose(BASIC, false, true, T1)).isTrue();
        assertThat(preferences.changedAt()).isEqualTo(T1);
    }

    @Test
    void anUnsubscribeInMailchimpWinsAndAnOptInAfterwardsWaitsForConfirmation() {
        MailingPreferences preferences = MailingPreferences.defaultsFor(AccountId.newId(), BASIC, T0);

        assertThat(preferences.unsubscribedInMailchimp(T1)).isTrue();
        assertThat(preferences.unsubscribedInMailchimp(T1)).as("idempotent").isFalse();
        assertThat(preferences.receivesAny(BASIC)).isFalse();
        assertThat(preferences.confirmationPending(BASIC)).isFalse();

        preferences.choose(BASIC, false, true, T1.plusSeconds(1));
        assertThat(preferences.confirmationPending(BASIC)).isTrue();

        assertThat(preferences.confirmedInMailchimp(T1.plusSeconds(2))).isTrue();
        assertThat(preferences.confirmationPending(BASIC)).isFalse();
        assertThat(preferences.receivesUpdateNotices(BASIC)).isTrue();
    }

    @Test
    void aValidRecipientIsActiveSubscribedToUpdateNoticesAndNotCleaned() {
        MailingPreferences preferences = MailingPreferences.defaultsFor(AccountId.newId(), BASIC, T0);

        assertThat(preferences.validUpdateNoticeRecipient(BASIC, AccountStatus.ACTIVE)).isTrue();
        assertThat(preferences.validUpdateNoticeRecipient(BASIC, AccountStatus.PENDING_ACTIVATION)).isFalse();
        assertThat(preferences.validUpdateNoticeRecipient(BASIC, AccountStatus.DEACTIVATED)).isFalse();

        preferences.addressCleaned(T1);
        assertThat(preferences.validUpdateNoticeRecipient(BASIC, AccountStatus.ACTIVE)).isFalse();
        preferences.addressChanged(T1);
        assertThat(preferences.validUpdateNoticeRecipient(BASIC, AccountStatus.ACTIVE)).isTrue();

        preferences.choose(BASIC, true, false, T1);
        assertThat(preferences.validUpdateNoticeRecipient(BASIC, AccountStatus.ACTIVE)).isFalse();
    }

    @Test
    void groupsChosenInMailchimpAreTakenAsFarAsTheLevelIsEligible() {
        MailingPreferences preferences = MailingPreferences.defaultsFor(AccountId.newId(), IT_TECH_SUPPORT, T0);

        preferences.chosenInMailchimp(IT_TECH_SUPPORT, true, false, T1);

        assertThat(preferences.newsletter()).isFalse();
        assertThat(preferences.updateNotices()).isFalse();
    }

    @Test
    void joiningACompanyOpensOnlyWhatNoLevelOfThePersonCouldReceiveAndKeepsTheirOptOuts() {
        MailingPreferences tech = MailingPreferences.defaultsFor(AccountId.newId(), IT_TECH_SUPPORT, T0);
        MailingPreferences optedOut = MailingPreferences.defaultsFor(AccountId.newId(), BASIC, T0);
        optedOut.choose(BASIC, false, true, T0);

        assertThat(tech.joined(BASIC, java.util.List.of(IT_TECH_SUPPORT), T0)).isTrue();
        assertThat(tech.receivesNewsletter(BASIC)).isTrue();
        assertThat(optedOut.joined(BASIC, java.util.List.of(BASIC), T0)).isFalse();
        assertThat(optedOut.receivesNewsletter(BASIC)).as("an opt-out is the person's, in every company").isFalse();
    }
}

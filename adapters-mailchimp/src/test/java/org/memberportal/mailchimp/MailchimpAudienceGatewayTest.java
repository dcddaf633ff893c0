package org.memberportal.mailchimp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceGroups;
import org.memberportal.application.audience.AudienceRejection;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.audience.AudienceUnavailable;
import org.memberportal.application.audience.BatchOutcome;
import org.memberportal.application.audience.Mailing;
import org.memberportal.application.audience.MemberBatch;
import org.memberportal.application.audience.MemberOutcome;
import org.memberportal.application.audience.MemberOutcome.Result;
import org.memberportal.application.audience.MemberState;
import org.memberportal.application.audience.MergeFields;
import org.memberportal.application.audience.RejectionReason;
import org.memberportal.application.audience.RemoteMember;
import org.memberportal.application.audience.SubscriberHash;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.mailchimp.api.BatchRequest;
import org.memberportal.mailchimp.api.Category;
import org.memberportal.mailchimp.api.MemberBody;
import org.memberportal.mailchimp.fake.FakeEndpoint;
import org.memberportal.mailchimp.fake.FakeMailchimp;
import org.memberportal.mailchimp.fake.FakeMember;
import org.memberportal.mailchimp.fake.SteppingClock;

/**
 * The adapter against the fake Mailchimp over HTTP, through Jersey's MicroProfile Rest Client.
 * Fault Tolerance does not act outside the container: each call is made once, so a transient
 * failure shows as the exception the retry would act on.
 */
class MailchimpAudienceGatewayTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef-us6";

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-01T09:00:00Z"));
    private FakeMailchimp mailchimp;
    private MailchimpAudienceGateway gateway;

    @BeforeEach
    void start() {
        mailchimp = new FakeMailchimp(KEY, clock);
        gateway = gatewayWith(KEY);
    }

    @AfterEach
    void stop() {
        gateway.disconnect();
        mailchimp.close();
    }

    @Test
    void aWrongKeyIsRefusedForGood() {
        MailchimpAudienceGateway wrongKey = gatewayWith("not-the-key-us6");
        try {
            assertThatThrownBy(wrongKey::ensureGroups).isInstanceOfSatisfying(AudienceRejection.class, rejection -> {
                assertThat(rejection.reason()).isEqualTo(RejectionReason.ACCESS_DENIED);
                assertThat(rejection.getMessage()).contains("API Key Invalid").doesNotContain("not-the-key");
            });
        } finally {
            wrongKey.disconnect();
        }
    }

    @Test
    void withoutAKeyMailchimpIsNotConfigured() {
        MailchimpAudienceGateway unconfigured = new MailchimpAudienceGateway(
                MailchimpSettings.from(name -> Optional.empty()), new GuardedCalls());

        assertThat(unconfigured.isConfigured()).isFalse();
        assertThat(gateway.isConfigured()).isTrue();
    }

    @Test
    void createsTheCategoryAndInterestsOnceAndFindsThemAfterwards() {
        AudienceGroups created = gateway.ensureGroups();
        mailchimp.resetCalls();

        AudienceGroups found = gateway.ensureGroups();

        assertThat(found).isEqualTo(created);
        assertThat(mailchimp.categoryTitles()).containsExactly("Portal mailings");
        assertThat(mailchimp.interestId("Training newsletter")).contains(created.interestId(Mailing.TRAINING_NEWSLETTER));
        assertThat(mailchimp.interestId("Update notices")).contains(created.interestId(Mailing.UPDATE_NOTICES));
        assertThat(mailchimp.calls().count(FakeEndpoint.CATEGORY_CREATE)).isZero();
        assertThat(mailchimp.calls().count(FakeEndpoint.INTEREST_CREATE)).isZero();
    }

    @Test
    void completesGroupsSomeoneStartedByHandWhateverTheCaseOfTheirNames() {
        try (MailchimpApi api = MailchimpApi.connect(settingsWith(KEY))) {
            api.interestCategories().createCategory(mailchimp.listId(), Category.checkboxes("PORTAL MAILINGS"));
        }
        mailchimp.resetCalls();

        AudienceGroups groups = gateway.ensureGroups();

        assertThat(mailchimp.categoryTitles()).containsExactly("PORTAL MAILINGS");
        assertThat(mailchimp.calls().count(FakeEndpoint.CATEGORY_CREATE)).isZero();
        assertThat(mailchimp.calls().count(FakeEndpoint.INTEREST_CREATE)).isEqualTo(2);
        assertThat(mailchimp.interestId("Update notices")).contains(groups.interestId(Mailing.UPDATE_NOTICES));
    }

    @Test
    void writesFiveHundredMembersInOneCall() {
        AudienceGroups groups = gateway.ensureGroups();
        mailchimp.resetCalls();

        BatchOutcome outcome = gateway.upsert(groups, batch(0, 500, AudienceStatus.SUBSCRIBED));

        assertThat(outcome.count(Result.CREATED)).isEqualTo(500);
        assertThat(mailchimp.calls().memberWriteCalls()).isEqualTo(1);
        assertThat(mailchimp.calls().membersPerWriteCall()).isEqualTo(500.0);
        assertThat(mailchimp.members()).hasSize(500);
    }

    @Test
    void sendsTheWholeDesiredStateAndUpdatesExistingMembers() {
        AudienceGroups groups = gateway.ensureGroups();
        EmailAddress jane = EmailAddress.of("Jane.Doe@Example.com");
        gateway.upsert(groups, MemberBatch.of(List.of(new MemberState(jane, AudienceStatus.SUBSCRIBED,
                new MergeFields("Jane", "Doe", "Acme", "Gold"), Set.of(Mailing.TRAINING_NEWSLETTER, Mailing.UPDATE_NOTICES)))));

        BatchOutcome second = gateway.upsert(groups, MemberBatch.of(List.of(new MemberState(jane,
                AudienceStatus.SUBSCRIBED, new MergeFields("Jane", "Doe", "Acme", "Silver"), Set.of(Mailing.UPDATE_NOTICES)))));

        assertThat(second.outcomes()).extracting(MemberOutcome::result).containsExactly(Result.UPDATED);
        FakeMember stored = mailchimp.member("jane.doe@example.com").orElseThrow();
        assertThat(stored.status()).isEqualTo("subscribed");
        assertThat(stored.mergeFields()).containsEntry("FNAME", "Jane").containsEntry("COMPANY", "Acme")
                .containsEntry("LEVEL", "Silver");
        assertThat(stored.isOptedInto(groups.interestId(Mailing.UPDATE_NOTICES))).isTrue();
        assertThat(stored.isOptedInto(groups.interestId(Mailing.TRAINING_NEWSLETTER))).isFalse();
    }

    @Test
    void fiveHundredAndOneMembersAreRefusedByMailchimp() {
        AudienceGroups groups = gateway.ensureGroups();
        List<MemberBody> members = IntStream.range(0, 501)
                .mapToObj(i -> MemberMapping.forBatch(groups, state(i, AudienceStatus.SUBSCRIBED)))
                .toList();

        try (MailchimpApi api = MailchimpApi.connect(settingsWith(KEY))) {
            assertThatThrownBy(() -> api.lists().batchSubscribe(mailchimp.listId(), new BatchRequest(members, true)))
                    .isInstanceOfSatisfying(AudienceRejection.class,
                            rejection -> assertThat(rejection.getMessage()).contains("400", "Invalid Resource"));
        }
        assertThat(mailchimp.members()).isEmpty();
    }

    @Test
    void reportsAFakeLookingAddressWhileTheOthersAreWritten() {
        AudienceGroups groups = gateway.ensureGroups();
        mailchimp.treatAsInvalid("member1@example.com");

        BatchOutcome outcome = gateway.upsert(groups, batch(0, 3, AudienceStatus.SUBSCRIBED));

        MemberOutcome refused = outcome.of(EmailAddress.of("member1@example.com")).orElseThrow();
        assertThat(refused.result()).isEqualTo(Result.REJECTED);
        assertThat(refused.reason()).isEqualTo(RejectionReason.INVALID_ADDRESS);
        assertThat(outcome.count(Result.CREATED)).isEqualTo(2);
        assertThat(mailchimp.member("member0@example.com")).isPresent();
        assertThat(mailchimp.member("member1@example.com")).isEmpty();
    }

    @Test
    void aMemberWhoLeftThroughMailchimpIsNotSubscribedAgainButMayBeAskedToConfirm() {
        AudienceGroups groups = gateway.ensureGroups();
        gateway.upsert(groups, batch(0, 2, AudienceStatus.SUBSCRIBED));
        mailchimp.unsubscribeViaFooterLink("member0@example.com");
        mailchimp.clean("member1@example.com");

        BatchOutcome resubscribed = gateway.upsert(groups, batch(0, 2, AudienceStatus.SUBSCRIBED));
        BatchOutcome asked = gateway.upsert(groups, MemberBatch.of(List.of(state(0, AudienceStatus.PENDING))));

        assertThat(resubscribed.outcomes()).allSatisfy(outcome -> {
            assertThat(outcome.result()).isEqualTo(Result.REJECTED);
            assertThat(outcome.reason()).isEqualTo(RejectionReason.COMPLIANCE_STATE);
        });
        assertThat(asked.outcomes()).allSatisfy(outcome -> assertThat(outcome.isWritten()).isTrue());
        assertThat(mailchimp.member("member0@example.com").orElseThrow().status()).isEqualTo("pending");
        assertThat(mailchimp.member("member1@example.com").orElseThrow().status()).isEqualTo("cleaned");
    }

    @Test
    void aMemberTheApiUnsubscribedCanBeSubscribedAgain() {
        AudienceGroups groups = gateway.ensureGroups();
        gateway.upsert(groups, batch(0, 1, AudienceStatus.SUBSCRIBED));
        gateway.upsert(groups, batch(0, 1, AudienceStatus.UNSUBSCRIBED));

        BatchOutcome again = gateway.upsert(groups, batch(0, 1, AudienceStatus.SUBSCRIBED));

        assertThat(again.outcomes()).extracting(MemberOutcome::result).containsExactly(Result.UPDATED);
        assertThat(mailchimp.member("member0@example.com").orElseThrow().status()).isEqualTo("subscribed");
    }

    @Test
    void readsEveryMemberChangedSinceATimeAcrossPagesOfAThousand() {
        AudienceGroups groups = gateway.ensureGroups();
        for (int from = 0; from < 2500; from += 500) {
            gateway.upsert(groups, batch(from, 500, AudienceStatus.SUBSCRIBED));
        }
        clock.advance(Duration.ofMinutes(5));
        Instant lastPull = clock.instant();
        for (int from = 0; from < 1200; from += 500) {
            gateway.upsert(groups, MemberBatch.of(IntStream.range(from, Math.min(from + 500, 1200))
                    .mapToObj(i -> state(i * 2, AudienceStatus.UNSUBSCRIBED)).toList()));
        }
        mailchimp.unsubscribeViaFooterLink("member1@example.com");
        mailchimp.resetCalls();

        List<RemoteMember> all = allChangedSince(groups, Instant.EPOCH);
        List<RemoteMember> changed = allChangedSince(groups, lastPull);

        assertThat(all).hasSize(2500);
        assertThat(mailchimp.calls().count(FakeEndpoint.MEMBERS)).isEqualTo(3 + 2);
        assertThat(changed).hasSize(1201);
        assertThat(changed).filteredOn(member -> member.status() == AudienceStatus.UNSUBSCRIBED).hasSize(1201);
        assertThat(changed).extracting(member -> member.email().value()).contains("member1@example.com",
                "member2398@example.com");
    }

    @Test
    void thePagesAfterTheFirstAreReadSeveralAtOnceAndKeepTheirOrder() {
        AudienceGroups groups = gateway.ensureGroups();
        for (int from = 0; from < 5500; from += 500) {
            gateway.upsert(groups, batch(from, 500, AudienceStatus.SUBSCRIBED));
        }
        List<String> inTheirOrder = mailchimp.members().stream().map(FakeMember::emailAddress).toList();
        mailchimp.latency(Duration.ofMillis(100));
        mailchimp.resetCalls();

        List<RemoteMember> all = allChangedSince(groups, Instant.EPOCH);

        assertThat(all).extracting(member -> member.email().value()).containsExactlyElementsOf(inTheirOrder);
        assertThat(mailchimp.calls().count(FakeEndpoint.MEMBERS)).isEqualTo(6);
        assertThat(mailchimp.mostInFlight()).isBetween(2, MailchimpAudienceGateway.PAGES_AT_ONCE);
    }

    @Test
    void anErasedPersonsMemberIsDeletedForGoodAndAnUnknownOneIsNoError() {
        AudienceGroups groups = gateway.ensureGroups();
        gateway.upsert(groups, batch(0, 1, AudienceStatus.SUBSCRIBED));

        gateway.deletePermanently(SubscriberHash.of("Member0@Example.com"));
        gateway.deletePermanently(SubscriberHash.of("nobody@example.com"));

        assertThat(mailchimp.member("member0@example.com")).isEmpty();
        assertThat(gateway.upsert(groups, batch(0, 1, AudienceStatus.SUBSCRIBED)).outcomes())
                .extracting(MemberOutcome::result).containsExactly(Result.REJECTED);
    }

    @Test
    void findsOneMemberByAddressInAnyCase() {
        AudienceGroups groups = gateway.ensureGroups();
        gateway.upsert(groups, MemberBatch.of(List.of(new MemberState(EmailAddress.of("jane@example.com"),
                AudienceStatus.PENDING, new MergeFields("Jane", "Doe", "", ""), Set.of(Mailing.TRAINING_NEWSLETTER)))));

        RemoteMember jane = gateway.find(groups, EmailAddress.of("JANE@Example.COM")).orElseThrow();

        assertThat(jane.status()).isEqualTo(AudienceStatus.PENDING);
        assertThat(jane.mailings()).containsExactly(Mailing.TRAINING_NEWSLETTER);
        assertThat(jane.mergeFields().firstName()).isEqualTo("Jane");
        assertThat(jane.lastChanged()).isEqualTo(clock.instant());
        assertThat(gateway.find(groups, EmailAddress.of("nobody@example.com"))).isEmpty();
    }

    @Test
    void oneMemberReadShowsWhatThePersonOrMailchimpDidOutsideTheApi() {
        AudienceGroups groups = gateway.ensureGroups();
        gateway.upsert(groups, MemberBatch.of(List.of(
                new MemberState(EmailAddress.of("left@example.com"), AudienceStatus.SUBSCRIBED, MergeFields.NONE,
                        Set.of(Mailing.UPDATE_NOTICES)),
                new MemberState(EmailAddress.of("bounced@example.com"), AudienceStatus.SUBSCRIBED, MergeFields.NONE,
                        Set.of(Mailing.UPDATE_NOTICES)))));
        mailchimp.unsubscribeViaFooterLink("left@example.com");
        mailchimp.clean("bounced@example.com");

        assertThat(gateway.find(groups, EmailAddress.of("left@example.com")).orElseThrow().status())
                .isEqualTo(AudienceStatus.UNSUBSCRIBED);
        assertThat(gateway.find(groups, EmailAddress.of("bounced@example.com")).orElseThrow().status())
                .isEqualTo(AudienceStatus.CLEANED);
    }

    @Test
    void anHtml503FromAnEdgeProxyIsTransient() {
        AudienceGroups groups = gateway.ensureGroups();
        mailchimp.failNextWithHtml503(1);

        assertThatThrownBy(() -> gateway.upsert(groups, batch(0, 10, AudienceStatus.SUBSCRIBED)))
                .isInstanceOf(AudienceUnavailable.class).hasMessageContaining("503");
        assertThat(gateway.upsert(groups, batch(0, 10, AudienceStatus.SUBSCRIBED)).count(Result.CREATED)).isEqualTo(10);
    }

    @Test
    void throttlingIsTransient() {
        mailchimp.throttleNext(2);

        assertThatThrownBy(gateway::ensureGroups).isInstanceOf(AudienceUnavailable.class).hasMessageContaining("429");
        assertThatThrownBy(gateway::ensureGroups).isInstanceOf(AudienceUnavailable.class);
        gateway.ensureGroups();
    }

    @Test
    void aServerThatIsGoneIsTransient() {
        mailchimp.close();

        assertThatThrownBy(gateway::ensureGroups).isInstanceOf(AudienceUnavailable.class);
    }

    private MailchimpAudienceGateway gatewayWith(String key) {
        return new MailchimpAudienceGateway(settingsWith(key), new GuardedCalls());
    }

    private MailchimpSettings settingsWith(String key) {
        Map<String, String> values = Map.of(MailchimpSettings.API_KEY, key, MailchimpSettings.LIST_ID,
                mailchimp.listId(), MailchimpSettings.BASE_URL, mailchimp.baseUri().toString());
        return MailchimpSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    private static MemberBatch batch(int from, int size, AudienceStatus status) {
        return MemberBatch.of(IntStream.range(from, from + size).mapToObj(i -> state(i, status)).toList());
    }

    private static MemberState state(int number, AudienceStatus status) {
        return new MemberState(EmailAddress.of("member" + number + "@example.com"), status,
                new MergeFields("First" + number, "Last" + number, "Company", "Basic"), Set.of(Mailing.UPDATE_NOTICES));
    }

    /** Every page the gateway hands over, together. */
    private List<RemoteMember> allChangedSince(AudienceGroups groups, Instant since) {
        List<RemoteMember> changed = new ArrayList<>();
        gateway.changedSince(groups, since, changed::addAll);
        return changed;
    }
}

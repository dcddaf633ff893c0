package org.memberportal.application.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.jobs.Fence;
import org.memberportal.application.jobs.LeaseLost;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.preference.ConsentSource;
import org.memberportal.application.preference.ManagePreferencesUseCase.PreferenceChange;
import org.memberportal.application.preference.ManagePreferencesUseCase.PreferencesAnswer;
import org.memberportal.application.preference.PreferenceCentre;
import org.memberportal.application.warning.StaffCoverage;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.warning.CoverageWatch;
import org.memberportal.application.warning.WarningMail;
import org.memberportal.application.testing.TestLinks;
import org.memberportal.application.testing.InMemoryOutbox;
import org.memberportal.application.testing.InMemoryRaisedWarnings;
import org.memberportal.application.testing.InMemoryAudience.InMemorySyncMarks;
import org.memberportal.application.testing.InMemoryAudience.InMemorySyncStates;
import org.memberportal.application.testing.InMemoryAudience.ScriptedAudience;
import org.memberportal.application.testing.InMemoryMailing.InMemoryConsentHistory;
import org.memberportal.application.testing.InMemoryMailing.InMemoryPreferences;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAuditTrail;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.application.testing.MutableClock;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.account.StaffChanger;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/** The two-way sync of the audience against an in-memory audience that keeps Mailchimp's status rules. */
class AudienceSyncTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryCompanies companies = new InMemoryCompanies();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final InMemoryConsentHistory history = new InMemoryConsentHistory();
    private final InMemorySyncStates states = new InMemorySyncStates(accounts, companies, preferences);
    private final ScriptedAudience mailchimp = new ScriptedAudience(clock);
    private final Company acme = new Company(CompanyId.newId(), "Acme Ltd", LocalDate.parse("2027-01-31"), null);
    private AudienceSync sync;
    private RemoteChanges changes;
    private AudienceWebhook webhook;
    private PreferenceCentre centre;

    @BeforeEach
    void wire() {
        companies.add(acme);
        changes = new RemoteChanges(accounts, companies, preferences, history, states, clock);
        AudienceGroupsCache groups = new AudienceGroupsCache(mailchimp);
        sync = new AudienceSync(mailchimp, groups, states, new InMemorySyncMarks(), changes, new SyncOutcomes(states),
                clock);
        webhook = new AudienceWebhook(changes, mailchimp, groups);
        StaffCoverage coverage = new StaffCoverage(preferences);
        InMemoryAuditTrail audit = new InMemoryAuditTrail();
        centre = new PreferenceCentre(accounts, companies, preferences, history, new CoverageWatch(accounts, companies,
                coverage, new InMemoryRaisedWarnings(), new WarningMail(new MemberNotices(new InMemoryOutbox(), TestLinks.PORTAL, clock)), audit, clock), audit, clock);
    }

    @Test
    void aFullSyncSendsActiveAccountsWithTheirGroupsAndMergeFieldsButNoPendingOne() {
        Caller.Member jane = member("Jane Mary Doe", "jane@acme.example", MANAGER_SUPERVISOR);
        member("Tom Tech", "tom@acme.example", IT_TECH_SUPPORT);
        accounts.add(PortalAccount.pendingActivation(acme.id(), "Pat Pending", EmailAddress.of("pat@acme.example"),
                BASIC, clock.instant()));

        runSync(1);

        ScriptedAudience.Held held = mailchimp.member("jane@acme.example").orElseThrow();
        assertThat(held.state().status()).isEqualTo(AudienceStatus.SUBSCRIBED);
        assertThat(held.state().mailings()).containsOnly(Mailing.TRAINING_NEWSLETTER, Mailing.UPDATE_NOTICES);
        assertThat(held.state().mergeFields().firstName()).isEqualTo("Jane");
        assertThat(held.state().mergeFields().lastName()).isEqualTo("Mary Doe");
        assertThat(held.state().mergeFields().company()).isEqualTo("Acme Ltd");
        assertThat(held.state().mergeFields().level()).isEqualTo("MANAGER_SUPERVISOR");
        assertThat(mailchimp.member("tom@acme.example").orElseThrow().state().mailings())
                .containsOnly(Mailing.UPDATE_NOTICES);
        assertThat(mailchimp.member("pat@acme.example")).isEmpty();
        assertThat(mailchimp.writeCalls).isEqualTo(1);
        assertThat(states.find(jane.accountId()).orElseThrow().remoteStatus()).isEqualTo(AudienceStatus.SUBSCRIBED);
    }

    @Test
    void aRunWhoseLeaseWasTakenOverRecordsNothingAndTheNextRunGoesOnFromWhatIsLeft() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        Fence takenOver = () -> {
            throw new LeaseLost(AudienceSyncSteps.JOB, "execution 1 on a stalled instance");
        };
        sync.prepare();
        Partition all = sync.partitions(1, 500).get(0);
        List<PendingPush> chunk = chunk(new PushCursor(sync, all, null, PushCursor.SCAN));

        assertThatThrownBy(() -> sync.push(chunk, takenOver)).isInstanceOf(LeaseLost.class);

        assertThat(states.find(jane.accountId())).as("nothing recorded").isEmpty();
        runSync(1);
        assertThat(states.find(jane.accountId()).orElseThrow().remoteStatus())
                .as("the next run takes in what the stale one wrote").isEqualTo(AudienceStatus.SUBSCRIBED);
    }

    @Test
    void aChunksOutcomeDoesNotOverwriteWhatTheWebhookTookInWhileMailchimpAnswered() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        runSync(1);
        choose(jane, false, true);

        SyncState after = pushWhileTheWebhookUnsubscribes(jane, "jane@acme.example");

        assertThat(after.remoteStatus()).as("what Mailchimp holds since the push").isEqualTo(AudienceStatus.SUBSCRIBED);
        assertThat(after.version()).as("written over the webhook's write, not in its place").isEqualTo(3);
        runSync(1);
        assertThat(mailchimp.member("jane@acme.example").orElseThrow().state().status())
                .as("the next run decides on it: her unsubscribe wins").isEqualTo(AudienceStatus.UNSUBSCRIBED);
    }

    @Test
    void aFirstPushWhoseMemberTheWebhookStoredMeanwhileIsWrittenOverTheWebhooksRow() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);

        SyncState after = pushWhileTheWebhookUnsubscribes(jane, "jane@acme.example");

        assertThat(after.remoteStatus()).as("what Mailchimp holds since the push").isEqualTo(AudienceStatus.SUBSCRIBED);
        assertThat(after.version()).as("written over the webhook's row, not in its place").isEqualTo(2);
    }

    /** A chunk read; the member leaves through Mailchimp's link, on another instance; the push. Her state then. */
    private SyncState pushWhileTheWebhookUnsubscribes(Caller.Member member, String address) {
        sync.prepare();
        List<PendingPush> chunk = chunk(new PushCursor(sync, sync.partitions(1, 500).get(0), null, PushCursor.SCAN));
        changes.unsubscribed(EmailAddress.of(address), clock.instant(), ConsentSource.MAILCHIMP_WEBHOOK);
        sync.push(chunk, Fence.NONE);
        return states.find(member.accountId()).orElseThrow();
    }

    @Test
    void aSecondRunWithoutChangesWritesNothingAndAChangeIsSentAlone() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        member("Joe Doe", "joe@acme.example", BASIC);
        runSync(1);
        mailchimp.resetCounts();

        runSync(1);
        assertThat(mailchimp.writeCalls).isZero();

        choose(jane, false, true);
        runSync(1);
        assertThat(mailchimp.membersSent).isEqualTo(1);
        assertThat(mailchimp.member("jane@acme.example").orElseThrow().state().mailings())
                .containsOnly(Mailing.UPDATE_NOTICES);
    }

    @Test
    void optingOutOfBothIsSentAsUnsubscribedAndADeactivatedAccountToo() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        Caller.Member joe = member("Joe Doe", "joe@acme.example", BASIC);
        runSync(1);

        choose(jane, false, false);
        PortalAccount leaving = accounts.find(joe.accountId()).orElseThrow();
        leaving.deactivate(new StaffChanger.Agent(), List.of(leaving));
        accounts.update(leaving);
        runSync(1);

        assertThat(mailchimp.member("jane@acme.example").orElseThrow().state().status())
                .isEqualTo(AudienceStatus.UNSUBSCRIBED);
        assertThat(mailchimp.member("joe@acme.example").orElseThrow().state().status())
                .isEqualTo(AudienceStatus.UNSUBSCRIBED);
    }

    @Test
    void nobodyMailchimpNeverHeardOfIsSentToBeUnsubscribed() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        choose(jane, false, false);

        runSync(1);

        assertThat(mailchimp.writeCalls).isZero();
    }

    @Test
    void aRefusedAddressIsRecordedShownToAgentsAndNotRetriedUntilItsDataChanges() {
        Caller.Member bad = member("Bad Address", "bad@acme.example", BASIC);
        member("Good Address", "good@acme.example", BASIC);
        mailchimp.treatAsInvalid("bad@acme.example");

        runSync(1);
        assertThat(mailchimp.member("good@acme.example")).isPresent();
        SyncState refused = states.find(bad.accountId()).orElseThrow();
        assertThat(refused.rejection()).isEqualTo(RejectionReason.INVALID_ADDRESS);
        assertThat(new SyncErrorsListing(states).errors(new Caller.Agent(AgentId.newId()), PageRequest.first(10))
                .items()).extracting(SyncError::email).containsExactly(EmailAddress.of("bad@acme.example"));

        mailchimp.resetCounts();
        runSync(1);
        assertThat(mailchimp.writeCalls).isZero();

        choose(bad, true, false);
        runSync(1);
        assertThat(mailchimp.membersSent).isEqualTo(1);
    }

    @Test
    void anUnsubscribeInMailchimpWinsAndAnOptInAfterwardsIsSentAsPendingUntilConfirmed() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        runSync(1);
        later();
        mailchimp.unsubscribeViaFooterLink("jane@acme.example");
        later();

        runSync(1);
        PreferencesAnswer left = centre.preferences(jane);
        assertThat(left.newsletter()).isFalse();
        assertThat(left.updateNotices()).isFalse();
        assertThat(history.of(jane.accountId())).last()
                .satisfies(change -> assertThat(change.source()).isEqualTo(ConsentSource.MAILCHIMP_PULL));

        later();
        PreferencesAnswer back = centre.change(jane, new PreferenceChange(true, true, left.version()));
        assertThat(back.confirmationPending()).isTrue();
        runSync(1);
        assertThat(mailchimp.member("jane@acme.example").orElseThrow().state().status())
                .isEqualTo(AudienceStatus.PENDING);

        later();
        mailchimp.confirmOptIn("jane@acme.example");
        later();
        mailchimp.resetCounts();
        runSync(1);
        assertThat(centre.preferences(jane).confirmationPending()).isFalse();
        assertThat(centre.preferences(jane).updateNotices()).isTrue();
        assertThat(mailchimp.member("jane@acme.example").orElseThrow().state().status())
                .isEqualTo(AudienceStatus.SUBSCRIBED);
    }

    @Test
    void aWebhookUnsubscribeIsTakenInOnceAndTheEchoOfTheSyncsOwnUnsubscribeChangesNothing() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        Caller.Member joe = member("Joe Doe", "joe@acme.example", BASIC);
        runSync(1);
        later();
        mailchimp.unsubscribeViaFooterLink("jane@acme.example");

        AudienceEvent unsubscribe = new AudienceEvent(AudienceEvent.Type.UNSUBSCRIBE, clock.instant(),
                EmailAddress.of("JANE@acme.example"), null);
        assertThat(webhook.handle(unsubscribe)).isEqualTo(RemoteChanges.Outcome.APPLIED);
        assertThat(webhook.handle(unsubscribe)).isEqualTo(RemoteChanges.Outcome.NOTHING_NEW);
        assertThat(centre.preferences(jane).updateNotices()).isFalse();
        assertThat(history.of(jane.accountId())).last()
                .satisfies(change -> assertThat(change.source()).isEqualTo(ConsentSource.MAILCHIMP_WEBHOOK));

        choose(joe, false, false);
        runSync(1);
        int before = history.changes.size();
        webhook.handle(new AudienceEvent(AudienceEvent.Type.UNSUBSCRIBE, clock.instant(),
                EmailAddress.of("joe@acme.example"), null));
        assertThat(history.changes).hasSize(before);
        assertThat(centre.preferences(joe).confirmationPending()).isFalse();
        assertThat(states.find(joe.accountId()).orElseThrow().remoteStatus()).isEqualTo(AudienceStatus.UNSUBSCRIBED);
    }

    @Test
    void aWebhookEventMailchimpsMemberDoesNotConfirmIsNotApplied() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        runSync(1);
        later();
        int before = history.changes.size();
        EmailAddress address = EmailAddress.of("jane@acme.example");

        assertThat(webhook.handle(new AudienceEvent(AudienceEvent.Type.UNSUBSCRIBE, clock.instant(), address, null)))
                .as("still subscribed in Mailchimp").isEqualTo(RemoteChanges.Outcome.NOTHING_NEW);
        assertThat(webhook.handle(new AudienceEvent(AudienceEvent.Type.CLEANED, clock.instant(), address, null)))
                .as("not cleaned in Mailchimp").isEqualTo(RemoteChanges.Outcome.NOTHING_NEW);
        assertThat(webhook.handle(new AudienceEvent(AudienceEvent.Type.UPEMAIL, clock.instant(), address,
                EmailAddress.of("mallory@evil.example")))).as("no member under the new address")
                .isEqualTo(RemoteChanges.Outcome.NOTHING_NEW);
        assertThat(webhook.handle(new AudienceEvent(AudienceEvent.Type.UNSUBSCRIBE, clock.instant(),
                EmailAddress.of("nobody@acme.example"), null))).isEqualTo(RemoteChanges.Outcome.NOTHING_NEW);

        assertThat(history.changes).hasSize(before);
        assertThat(centre.preferences(jane).updateNotices()).isTrue();
        assertThat(centre.preferences(jane).addressCleaned()).isFalse();
        assertThat(accounts.find(jane.accountId()).orElseThrow().email()).isEqualTo(address);
    }

    @Test
    void aWebhookCleanConfirmedByMailchimpMarksTheAddressCleaned() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        runSync(1);
        later();
        mailchimp.clean("jane@acme.example");

        assertThat(webhook.handle(new AudienceEvent(AudienceEvent.Type.CLEANED, clock.instant(),
                EmailAddress.of("jane@acme.example"), null))).isEqualTo(RemoteChanges.Outcome.APPLIED);
        assertThat(centre.preferences(jane).addressCleaned()).isTrue();
    }

    @Test
    void withoutAnApiKeyNoWebhookEventIsConfirmedSoNoneIsApplied() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        runSync(1);
        mailchimp.unsubscribeViaFooterLink("jane@acme.example");
        mailchimp.configured = false;

        assertThat(webhook.handle(new AudienceEvent(AudienceEvent.Type.UNSUBSCRIBE, clock.instant(),
                EmailAddress.of("jane@acme.example"), null))).isEqualTo(RemoteChanges.Outcome.NOTHING_NEW);
        assertThat(centre.preferences(jane).updateNotices()).isTrue();
    }

    @Test
    void aCleanedAddressIsNoValidRecipientAndIsNotWrittenAgain() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", PRIMARY_OWNER);
        runSync(1);
        later();
        mailchimp.clean("jane@acme.example");

        runSync(1);
        assertThat(centre.preferences(jane).addressCleaned()).isTrue();
        assertThat(new StaffCoverage(preferences).warningsFor(accounts.allOf(acme.id())))
                .contains(CompanyWarning.COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT);
        mailchimp.resetCounts();
        runSync(1);
        assertThat(mailchimp.writeCalls).isZero();
    }

    @Test
    void aForgedAddressChangeToAnAddressSomeoneSubscribedIsNotAppliedWhileTheOldOneIsStillThere() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        runSync(1);
        mailchimp.subscribeLike("jane@acme.example", "mallory@evil.example");
        int before = history.changes.size();

        assertThat(webhook.handle(new AudienceEvent(AudienceEvent.Type.UPEMAIL, clock.instant(),
                EmailAddress.of("jane@acme.example"), EmailAddress.of("mallory@evil.example"))))
                .as("Mailchimp still has Jane under her address").isEqualTo(RemoteChanges.Outcome.NOTHING_NEW);
        assertThat(history.changes).hasSize(before);
        choose(jane, false, true);
        runSync(1);
        assertThat(mailchimp.member("jane@acme.example").orElseThrow().state().mailings())
                .containsOnly(Mailing.UPDATE_NOTICES);
    }

    @Test
    void anAddressChangedInMailchimpIsWrittenThereUnderTheNewAddress() {
        Caller.Member jane = member("Jane Doe", "jane@acme.example", BASIC);
        runSync(1);
        mailchimp.changeAddress("jane@acme.example", "jane.doe@home.example");

        AudienceEvent moved = new AudienceEvent(AudienceEvent.Type.UPEMAIL, clock.instant(),
                EmailAddress.of("jane@acme.example"), EmailAddress.of("jane.doe@home.example"));
        assertThat(webhook.handle(moved)).isEqualTo(RemoteChanges.Outcome.APPLIED);
        assertThat(webhook.handle(moved)).isEqualTo(RemoteChanges.Outcome.NOTHING_NEW);
        choose(jane, false, true);
        runSync(1);

        assertThat(mailchimp.member("jane.doe@home.example").orElseThrow().state().mailings())
                .containsOnly(Mailing.UPDATE_NOTICES);
    }

    @Test
    void partitionsShareTheAccountsWithoutOverlapAndEachChunkIsOneCallOfAtMost500() {
        for (int i = 0; i < 1234; i++) {
            member("Person " + i, "person" + i + "@acme.example", BASIC);
        }

        runSync(3);

        assertThat(mailchimp.membersSent).isEqualTo(1234);
        assertThat(mailchimp.batchSizes).containsExactlyInAnyOrder(500, 500, 234);
        assertThat(mailchimp.writeCalls).as("ceil(1234 / 500)").isEqualTo(3);
    }

    @Test
    void aPlanCutsAfterWholeChunksOfPendingAccountsAndSharesThemEvenly() {
        List<Caller.Member> members = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            members.add(member("Person " + i, "person" + i + "@acme.example", BASIC));
        }
        List<String> ids = members.stream().map(m -> m.accountId().value()).toList();
        runSync(1);
        for (int i = 0; i < 30; i += 2) {
            choose(members.get(i), false, true); // every other account pending: 15 in all
        }

        List<Partition> plan = sync.partitions(3, 4);

        // 15 pending in chunks of 4: 4 chunks, the last one partial; 3 shares of 1, 1 and 2 chunks
        assertThat(plan).containsExactly(new Partition(null, ids.get(6)), new Partition(ids.get(6), ids.get(14)),
                new Partition(ids.get(14), null));
        assertThat(sync.partitions(8, 500)).containsExactly(Partition.WHOLE);
        assertThat(sync.partitions(1, 4)).containsExactly(Partition.WHOLE);
    }

    @Test
    void thePlanSkipsTheUnchangedAccountsBeforeTheFirstPendingOneAndAllOfThemWhenNothingIsPending() {
        List<Caller.Member> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add(member("Person " + i, "person" + i + "@acme.example", BASIC));
        }
        List<String> ids = members.stream().map(m -> m.accountId().value()).toList();
        runSync(1);

        assertThat(sync.partitions(4, 500)).as("nothing to send: the push scans nothing")
                .containsExactly(new Partition(ids.get(9), null));

        choose(members.get(6), false, true);
        assertThat(sync.partitions(4, 500)).containsExactly(new Partition(ids.get(5), null));
        mailchimp.resetCounts();
        runSync(4);
        assertThat(mailchimp.membersSent).isEqualTo(1);
    }

    @Test
    void aCursorWalksOnlyItsRangeFromItsStart() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(member("Person " + i, "person" + i + "@acme.example", BASIC).accountId().value());
        }
        PushCursor cursor = new PushCursor(sync, new Partition(ids.get(4), ids.get(11)), null, 3);
        List<String> read = new ArrayList<>();
        for (PendingPush push = cursor.next(); push != null; push = cursor.next()) {
            read.add(push.accountId());
        }

        assertThat(read).containsExactlyElementsOf(ids.subList(5, 12));
        assertThat(cursor.checkpoint()).isEqualTo(ids.get(11));
    }

    @Test
    void aCursorRestartedFromItsCheckpointReadsOnAfterIt() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(member("Person " + i, "person" + i + "@acme.example", BASIC).accountId().value());
        }
        PushCursor first = new PushCursor(sync, Partition.WHOLE, null, 7);
        for (int i = 0; i < 12; i++) {
            first.next();
        }

        PushCursor restarted = new PushCursor(sync, Partition.WHOLE, first.checkpoint(), 7);
        Set<String> rest = new HashSet<>();
        for (PendingPush push = restarted.next(); push != null; push = restarted.next()) {
            rest.add(push.accountId());
        }

        assertThat(first.checkpoint()).isEqualTo(ids.get(11));
        assertThat(rest).containsExactlyInAnyOrderElementsOf(ids.subList(12, 30));
    }

    private void runSync(int partitions) {
        sync.prepare();
        sync.pull(Fence.NONE);
        for (Partition partition : sync.partitions(partitions, 500)) {
            PushCursor cursor = new PushCursor(sync, partition, null, PushCursor.SCAN);
            for (List<PendingPush> chunk = chunk(cursor); !chunk.isEmpty(); chunk = chunk(cursor)) {
                sync.push(chunk, Fence.NONE);
            }
        }
        later();
    }

    private static List<PendingPush> chunk(PushCursor cursor) {
        List<PendingPush> chunk = new ArrayList<>();
        for (PendingPush next = cursor.next(); next != null; next = chunk.size() < 500 ? cursor.next() : null) {
            chunk.add(next);
        }
        return chunk;
    }

    private PreferencesAnswer choose(Caller.Member member, boolean newsletter, boolean updateNotices) {
        return centre.change(member, new PreferenceChange(newsletter, updateNotices,
                centre.preferences(member).version()));
    }

    private void later() {
        clock.advance(Duration.ofMinutes(1));
    }

    private Caller.Member member(String name, String email, PermissionLevel level) {
        PortalAccount account = PortalAccount.restore(AccountId.newId(), acme.id(), name, EmailAddress.of(email), level,
                AccountStatus.ACTIVE, "hash", clock.instant(), 1);
        accounts.add(account);
        return new Caller.Member(account.id(), acme.id(), level);
    }
}

package org.memberportal.application.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentHistory;
import org.memberportal.application.preference.ConsentSource;
import org.memberportal.application.audience.RejectionReason;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.preference.Preferences;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * Preferences, the consent history and the sync's state: what every store of them promises, the JPA
 * one on each database and the application's fakes alike.
 */
public abstract class SyncStatesContract {

    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00.123456Z");

    /** The ports the contract calls, as one transaction sees them. */
    public record Stores(SyncStates states, SyncMarks marks, Preferences preferences, ConsentHistory history) {
    }

    /** Runs {@code work} in a transaction of its own, as another portal instance would. */
    protected abstract <T> T inTransaction(Function<Stores, T> work);

    /** Stores the company and these memberships of it, and answers them as stored. */
    protected abstract List<PortalAccount> store(Company company, List<PortalAccount> memberships);

    @Test
    void preferencesAreVersionedAndTheirHistoryIsReadNewestFirst() {
        PortalAccount account = newAccounts("Acme", 1).get(0);
        MailingPreferences first = preferences(p -> p.save(MailingPreferences.defaultsFor(account.id(),
                PermissionLevel.BASIC, NOW)));
        first.choose(PermissionLevel.BASIC, false, true, NOW.plusSeconds(1));
        MailingPreferences second = preferences(p -> p.save(first));
        history(h -> {
            h.record(ConsentChange.of(first, false, ConsentSource.PORTAL, "one", NOW));
            h.record(ConsentChange.of(second, false, ConsentSource.MAILCHIMP_WEBHOOK, "two", NOW.plusSeconds(1)));
            return null;
        });

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(preferences(p -> p.find(account.id())).orElseThrow().newsletter()).isFalse();
        Refusal stale = catchThrowableOfType(Refusal.class, () -> preferences(p -> p.save(first)));
        assertThat(stale.code()).isEqualTo("stale-version");
        assertThat(history(h -> h.of(account.id(), PageRequest.first(10))).items())
                .extracting(ConsentChange::note).containsExactly("two", "one");
    }

    @Test
    void subjectsComeInAccountOrderWithCompanyPreferencesAndState() {
        List<PortalAccount> accounts = newAccounts("Globex", 3);
        PortalAccount middle = accounts.get(1);
        preferences(p -> p.save(MailingPreferences.restore(middle.id(), false, true, true, false, NOW, 0)));
        states(s -> {
            s.save(SyncState.none(middle.id()).seen(middle.email(), AudienceStatus.UNSUBSCRIBED, "h".repeat(64), NOW));
            return null;
        });

        List<SyncSubject> subjects = states(s -> s.subjectsAfter(accounts.get(0).id().value(), 2));

        assertThat(subjects).extracting(subject -> subject.account().id()).containsExactly(middle.id(),
                accounts.get(2).id());
        assertThat(subjects.get(0).companyName()).isEqualTo("Globex");
        assertThat(subjects.get(0).preferences().leftThroughMailchimp()).isTrue();
        assertThat(subjects.get(0).state().remoteStatus()).isEqualTo(AudienceStatus.UNSUBSCRIBED);
        assertThat(subjects.get(0).state().payloadHash()).isEqualTo("h".repeat(64));
        assertThat(subjects.get(0).state().audienceEmail()).isEqualTo(middle.email());
        assertThat(subjects.get(0).state().syncedAt()).isEqualTo(NOW);
        assertThat(subjects.get(0).account()).usingRecursiveComparison().isEqualTo(middle);
        assertThat(subjects.get(1).preferences().newsletter()).as("defaults").isTrue();
        assertThat(subjects.get(1).state().isKnownToMailchimp()).isFalse();
    }

    @Test
    void aPersonInSeveralCompaniesIsOneSubjectWithEveryMembershipUnderTheActiveOnesCompany() {
        PortalAccount pending = newAccounts("Wayne Enterprises", 1).get(0);
        Company other = new Company(CompanyId.newId(), "Stark Industries", LocalDate.parse("2027-01-01"), null);
        PortalAccount active = PortalAccount.restore(pending.id(), other.id(), pending.fullName(), pending.email(),
                PermissionLevel.MANAGER_SUPERVISOR, AccountStatus.ACTIVE, pending.passwordHash().orElse(null), NOW.plusSeconds(60), 0);
        store(other, List.of(active));

        List<SyncSubject> subjects = states(s -> s.subjectsAfter(null, 10_000)).stream()
                .filter(subject -> subject.account().id().equals(pending.id())).toList();

        assertThat(subjects).singleElement().satisfies(subject -> {
            assertThat(subject.account().companyId()).as("the active membership stands for the person")
                    .isEqualTo(other.id());
            assertThat(subject.companyName()).isEqualTo("Stark Industries");
            assertThat(subject.memberships()).extracting(PortalAccount::companyId)
                    .containsExactlyInAnyOrder(pending.companyId(), other.id());
            assertThat(subject.account()).usingRecursiveComparison().ignoringFields("version").isEqualTo(active);
        });
    }

    @Test
    void statesAreFoundByTheAddressMailchimpKnowsAndRefusalsAreListed() {
        PortalAccount account = newAccounts("Initech", 1).get(0);
        EmailAddress moved = EmailAddress.of("Moved." + account.id() + "@Home.example");
        states(s -> {
            s.save(SyncState.none(account.id()).movedTo(moved).rejected("a".repeat(64),
                    RejectionReason.INVALID_ADDRESS, "looks fake", NOW));
            return null;
        });

        Optional<SyncState> found = states(s -> s.findByAudienceEmail(
                EmailAddress.of(moved.value().toLowerCase())));

        assertThat(found).hasValueSatisfying(state -> assertThat(state.accountId()).isEqualTo(account.id()));
        assertThat(states(s -> s.errors(PageRequest.first(200))).items())
                .filteredOn(error -> error.accountId().equals(account.id()))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.reason()).isEqualTo(RejectionReason.INVALID_ADDRESS);
                    assertThat(error.email()).isEqualTo(moved);
                    assertThat(error.companyId()).isEqualTo(account.companyId());
                })
                .extracting(SyncError::detail).isEqualTo("looks fake");
    }

    @Test
    void statesAreFoundByManyAddressesInOneLookUp() {
        List<PortalAccount> accounts = newAccounts("Hooli", 3);
        EmailAddress moved = EmailAddress.of("Moved." + accounts.get(0).id() + "@Home.example");
        states(s -> {
            s.save(SyncState.none(accounts.get(0).id()).movedTo(moved));
            s.save(SyncState.none(accounts.get(1).id()).movedTo(accounts.get(1).email()));
            return null;
        });
        EmailAddress unknown = EmailAddress.of("nobody." + accounts.get(2).id() + "@hooli.example");

        java.util.Map<String, SyncState> found = states(s -> s.findByAudienceEmails(List.of(
                EmailAddress.of(moved.value().toLowerCase()), accounts.get(1).email(), accounts.get(2).email(),
                unknown)));

        assertThat(found).containsOnlyKeys(moved.key(), accounts.get(1).email().key());
        assertThat(found.get(moved.key()).accountId()).isEqualTo(accounts.get(0).id());
        assertThat(found.get(accounts.get(1).email().key()).accountId()).isEqualTo(accounts.get(1).id());
    }

    @Test
    void aStateIsSavedOnlyOverTheVersionItWasDerivedFrom() {
        List<PortalAccount> accounts = newAccounts("Globex", 2);
        PortalAccount account = accounts.get(0);
        states(s -> {
            s.save(SyncState.none(account.id()).movedTo(account.email()));
            return null;
        });
        SyncState read = states(s -> s.find(account.id())).orElseThrow();
        states(s -> {
            s.save(read.withHash("b".repeat(64))); // the webhook, on another instance
            return null;
        });

        Refusal stale = catchThrowableOfType(Refusal.class, () -> states(s -> {
            s.save(read.withHash("c".repeat(64)));
            return null;
        }));
        List<AccountId> movedOn = states(s -> s.saveAll(List.of(read.withHash("d".repeat(64)),
                SyncState.none(accounts.get(1).id()).withHash("e".repeat(64)))));

        assertThat(stale.code()).isEqualTo("stale-version");
        assertThat(movedOn).as("a chunk's outcome over a row that moved on is left out")
                .containsExactly(account.id());
        assertThat(states(s -> s.find(account.id())).orElseThrow().payloadHash()).isEqualTo("b".repeat(64));
        assertThat(states(s -> s.find(accounts.get(1).id())).orElseThrow().payloadHash()).isEqualTo("e".repeat(64));
    }

    @Test
    void aChunksOutcomesAreStoredWholeAndEachOverItsVersion() {
        List<PortalAccount> accounts = newAccounts("Vandelay", 2);
        SyncState rejected = SyncState.none(accounts.get(0).id()).movedTo(accounts.get(0).email())
                .rejected("f".repeat(64), RejectionReason.INVALID_ADDRESS, "looks fake", NOW);
        SyncState fresh = SyncState.none(accounts.get(1).id()).withHash("a".repeat(64));

        List<AccountId> movedOn = states(s -> s.saveAll(List.of(rejected, fresh)));

        assertThat(movedOn).isEmpty();
        SyncState stored = states(s -> s.find(rejected.accountId())).orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(rejected);
        assertThat(stored.version()).as("a stored row's first version").isEqualTo(1);
        assertThat(stored.errorAt()).isEqualTo(NOW);

        SyncState again = states(s -> s.find(fresh.accountId())).orElseThrow();
        List<AccountId> none = states(s -> s.saveAll(List.of(again.withHash("d".repeat(64)),
                stored.withHash("e".repeat(64)))));
        assertThat(none).isEmpty();
        assertThat(states(s -> s.find(rejected.accountId())).orElseThrow())
                .as("every column of an update written").usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(stored.withHash("e".repeat(64)));
        assertThat(states(s -> s.find(fresh.accountId())).orElseThrow())
                .satisfies(state -> assertThat(state.payloadHash()).isEqualTo("d".repeat(64)))
                .satisfies(state -> assertThat(state.version()).isEqualTo(again.version() + 1));
        List<AccountId> gone = states(s -> s.saveAll(List.of(again.withHash("x".repeat(64)))));
        assertThat(gone).as("over a version gone").containsExactly(fresh.accountId());
    }

    @Test
    void aStateDerivedFromNoRowWhereARowWasStoredSinceFailsTheBatchWhole() {
        List<PortalAccount> accounts = newAccounts("Soylent", 2);
        SyncState other = SyncState.none(accounts.get(0).id()).withHash("a".repeat(64));
        SyncState raced = SyncState.none(accounts.get(1).id()).withHash("b".repeat(64));
        states(s -> {
            s.save(SyncState.none(accounts.get(1).id()).withHash("c".repeat(64))); // the webhook, first
            return null;
        });

        Refusal refused = catchThrowableOfType(Refusal.class, () -> states(s -> s.saveAll(List.of(other, raced))));

        assertThat(refused.code()).isEqualTo("stale-version");
        Optional<SyncState> stored = states(s -> s.find(other.accountId()));
        assertThat(stored).as("nothing of the batch is stored").isEmpty();
        assertThat(states(s -> s.find(raced.accountId())).orElseThrow().payloadHash()).isEqualTo("c".repeat(64));
    }

    @Test
    void aRowAddedWhileTheBatchIsWrittenFailsItWhole() {
        List<PortalAccount> accounts = newAccounts("Initech", 2);
        SyncState other = SyncState.none(accounts.get(0).id()).withHash("a".repeat(64));
        SyncState first = SyncState.none(accounts.get(1).id()).withHash("b".repeat(64));

        // the same account twice: its second insert meets the row its first one added
        Refusal refused = catchThrowableOfType(Refusal.class,
                () -> states(s -> s.saveAll(List.of(other, first, first.withHash("c".repeat(64))))));

        assertThat(refused.code()).isEqualTo("stale-version");
        Optional<SyncState> stored = states(s -> s.find(other.accountId()));
        assertThat(stored).as("nothing of the batch is stored").isEmpty();
    }

    @Test
    void thePullMarkIsKept() {
        marks(m -> {
            m.pulled(NOW);
            m.pulled(NOW.plusSeconds(5));
            return null;
        });

        Optional<Instant> last = marks(m -> m.lastPull());

        assertThat(last).contains(NOW.plusSeconds(5));
    }

    private List<PortalAccount> newAccounts(String companyName, int count) {
        Company company = new Company(CompanyId.newId(), companyName, LocalDate.parse("2027-01-01"), null);
        return store(company, java.util.stream.IntStream.range(0, count).mapToObj(i -> PortalAccount.pendingActivation(
                company.id(), "Person " + i, EmailAddress.of("p" + i + "." + company.id() + "@example.com"),
                PermissionLevel.BASIC, NOW)).toList());
    }

    private <T> T preferences(Function<Preferences, T> call) {
        return inTransaction(stores -> call.apply(stores.preferences()));
    }

    private <T> T history(Function<ConsentHistory, T> call) {
        return inTransaction(stores -> call.apply(stores.history()));
    }

    private <T> T states(Function<SyncStates, T> call) {
        return inTransaction(stores -> call.apply(stores.states()));
    }

    private <T> T marks(Function<SyncMarks, T> call) {
        return inTransaction(stores -> call.apply(stores.marks()));
    }
}

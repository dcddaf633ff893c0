package org.memberportal.application.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.memberportal.application.audience.SyncError;
import org.memberportal.application.audience.SyncMarks;
import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.SyncStates;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.audience.SyncSubject;
import org.memberportal.application.audience.AudienceGateway;
import org.memberportal.application.audience.AudienceGroups;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.audience.BatchOutcome;
import org.memberportal.application.audience.Mailing;
import org.memberportal.application.audience.MemberBatch;
import org.memberportal.application.audience.MemberOutcome;
import org.memberportal.application.audience.MemberState;
import org.memberportal.application.audience.RejectionReason;
import org.memberportal.application.audience.RemoteMember;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.testing.InMemoryMailing.InMemoryPreferences;
import org.memberportal.application.testing.InMemoryPorts.InMemoryAccounts;
import org.memberportal.application.testing.InMemoryPorts.InMemoryCompanies;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;

/** The audience sync's ports in memory, and a small audience that keeps Mailchimp's status rules. */
public final class InMemoryAudience {

    private InMemoryAudience() {
    }

    public static final class InMemorySyncStates implements SyncStates {
        private final Map<AccountId, SyncState> byAccount = new HashMap<>();
        private final InMemoryAccounts accounts;
        private final InMemoryCompanies companies;
        private final InMemoryPreferences preferences;

        public InMemorySyncStates(InMemoryAccounts accounts, InMemoryCompanies companies,
                InMemoryPreferences preferences) {
            this.accounts = accounts;
            this.companies = companies;
            this.preferences = preferences;
        }

        @Override
        public Optional<SyncState> find(AccountId account) {
            return Optional.ofNullable(byAccount.get(account));
        }

        @Override
        public Optional<SyncState> findByAudienceEmail(EmailAddress email) {
            return byAccount.values().stream().filter(s -> email.equals(s.audienceEmail())).findFirst();
        }

        @Override
        public Map<String, SyncState> findByAudienceEmails(Collection<EmailAddress> emails) {
            Map<String, SyncState> found = new HashMap<>();
            emails.forEach(email -> findByAudienceEmail(email).ifPresent(s -> found.put(email.key(), s)));
            return found;
        }

        @Override
        public void save(SyncState state) {
            if (!isCurrent(state)) {
                throw Refusal.staleVersion();
            }
            store(state);
        }

        /** A new row where one is stored, or is added by the same batch, fails the batch whole, as an insert does. */
        @Override
        public List<AccountId> saveAll(Collection<SyncState> states) {
            Set<AccountId> inserted = new HashSet<>();
            if (states.stream().anyMatch(state -> state.version() == 0
                    && (byAccount.containsKey(state.accountId()) || !inserted.add(state.accountId())))) {
                throw Refusal.staleVersion();
            }
            List<AccountId> movedOn = states.stream().filter(state -> !isCurrent(state)).map(SyncState::accountId)
                    .toList();
            states.stream().filter(this::isCurrent).forEach(this::store);
            return movedOn;
        }

        private boolean isCurrent(SyncState state) {
            SyncState stored = byAccount.get(state.accountId());
            return (stored == null ? 0 : stored.version()) == state.version();
        }

        private void store(SyncState state) {
            byAccount.put(state.accountId(), new SyncState(state.accountId(), state.audienceEmail(),
                    state.payloadHash(), state.remoteStatus(), state.rejection(), state.lastError(), state.errorAt(),
                    state.syncedAt(), state.version() + 1));
        }

        /** One subject per person, under the membership that stands for them, with all their memberships. */
        @Override
        public List<SyncSubject> subjectsAfter(String afterAccountId, int limit) {
            return accounts.all().stream().map(PortalAccount::id).distinct()
                    .filter(id -> afterAccountId == null || id.value().compareTo(afterAccountId) > 0)
                    .limit(limit)
                    .map(id -> {
                        List<PortalAccount> memberships = accounts.membershipsOf(id);
                        PortalAccount person = Memberships.principal(memberships).orElseThrow();
                        return new SyncSubject(person, companies.find(person.companyId()).orElseThrow().name(),
                                preferences.find(id).orElse(null), byAccount.get(id), memberships);
                    })
                    .toList();
        }

        @Override
        public Page<SyncError> errors(PageRequest page) {
            List<SyncError> rows = byAccount.values().stream()
                    .filter(s -> s.rejection() != null)
                    .sorted(Comparator.comparing(s -> s.accountId().value()))
                    .filter(s -> page.after() == null || s.accountId().value().compareTo(page.after()) > 0)
                    .limit(page.limit() + 1L)
                    .map(s -> {
                        PortalAccount account = accounts.find(s.accountId()).orElseThrow();
                        EmailAddress email = s.audienceEmail() != null ? s.audienceEmail() : account.email();
                        return new SyncError(s.accountId(), account.companyId(), email, s.rejection(),
                                s.lastError(), s.errorAt());
                    })
                    .toList();
            return Page.fromOverfetched(rows, page.limit(), e -> e.accountId().value());
        }
    }

    public static final class InMemorySyncMarks implements SyncMarks {
        private Instant lastPull;

        @Override
        public Optional<Instant> lastPull() {
            return Optional.ofNullable(lastPull);
        }

        @Override
        public void pulled(Instant startedAt) {
            lastPull = startedAt;
        }
    }

    /**
     * An audience in memory keeping the status rules of Mailchimp that the sync depends on: a
     * member who left through Mailchimp or was cleaned cannot be set to subscribed by the API, only to
     * pending; some addresses are refused as fake. Counts member writes.
     */
    public static final class ScriptedAudience implements AudienceGateway {
        public static final AudienceGroups GROUPS = new AudienceGroups("category",
                Map.of(Mailing.TRAINING_NEWSLETTER, "newsletter-id", Mailing.UPDATE_NOTICES, "notices-id"));

        public record Held(MemberState state, boolean locked, Instant lastChanged) {
        }

        private final Map<String, Held> members = new LinkedHashMap<>();
        private final Set<String> invalid = new HashSet<>();
        private final Clock clock;
        public boolean configured = true;
        public int writeCalls;
        public int membersSent;
        public final List<Integer> batchSizes = new ArrayList<>();

        public ScriptedAudience(Clock clock) {
            this.clock = clock;
        }

        public Optional<Held> member(String email) {
            return Optional.ofNullable(members.get(EmailAddress.of(email).key()));
        }

        public void treatAsInvalid(String email) {
            invalid.add(EmailAddress.of(email).key());
        }

        /** The person clicks the unsubscribe link of a campaign. */
        public void unsubscribeViaFooterLink(String email) {
            Held held = member(email).orElseThrow();
            MemberState state = held.state();
            members.put(state.email().key(), new Held(new MemberState(state.email(), AudienceStatus.UNSUBSCRIBED,
                    state.mergeFields(), state.mailings()), true, now()));
        }

        /**
         * The person changes their address in Mailchimp's own preference form; the member's last
         * change stays, as the webhook (not the pull) is what tells of it here.
         */
        public void changeAddress(String from, String to) {
            Held held = members.remove(EmailAddress.of(from).key());
            MemberState state = held.state();
            EmailAddress moved = EmailAddress.of(to);
            members.put(moved.key(), new Held(new MemberState(moved, state.status(), state.mergeFields(),
                    state.mailings()), held.locked(), held.lastChanged()));
        }

        /** Someone subscribes {@code to} through Mailchimp's own form, a copy of {@code like}'s state; {@code like} stays. */
        public void subscribeLike(String like, String to) {
            Held held = member(like).orElseThrow();
            MemberState state = held.state();
            EmailAddress added = EmailAddress.of(to);
            members.put(added.key(), new Held(new MemberState(added, state.status(), state.mergeFields(),
                    state.mailings()), false, now()));
        }

        public void confirmOptIn(String email) {
            Held held = member(email).orElseThrow();
            MemberState state = held.state();
            members.put(state.email().key(), new Held(new MemberState(state.email(), AudienceStatus.SUBSCRIBED,
                    state.mergeFields(), state.mailings()), false, now()));
        }

        /** A clean is a status the API cannot set: kept apart from the settable ones. */
        public final Set<String> cleaned = new HashSet<>();

        public void clean(String email) {
            cleaned.add(EmailAddress.of(email).key());
            Held held = member(email).orElseThrow();
            members.put(held.state().email().key(), new Held(held.state(), true, now()));
        }

        public void resetCounts() {
            writeCalls = 0;
            membersSent = 0;
            batchSizes.clear();
        }

        @Override
        public boolean isConfigured() {
            return configured;
        }

        @Override
        public AudienceGroups ensureGroups() {
            return GROUPS;
        }

        @Override
        public BatchOutcome upsert(AudienceGroups groups, MemberBatch batch) {
            writeCalls++;
            membersSent += batch.size();
            batchSizes.add(batch.size());
            return new BatchOutcome(batch.members().stream().map(this::write).toList());
        }

        private MemberOutcome write(MemberState state) {
            String key = state.email().key();
            if (invalid.contains(key)) {
                return MemberOutcome.rejected(state.email(), RejectionReason.INVALID_ADDRESS, "looks fake or invalid");
            }
            Held held = members.get(key);
            if (held != null && held.locked() && state.status() == AudienceStatus.SUBSCRIBED) {
                return MemberOutcome.rejected(state.email(), RejectionReason.COMPLIANCE_STATE,
                        "Member In Compliance State");
            }
            boolean locked = held != null && held.locked() && state.status() != AudienceStatus.PENDING;
            members.put(key, new Held(state, locked, now()));
            return held == null ? MemberOutcome.created(state.email()) : MemberOutcome.updated(state.email());
        }

        @Override
        public void changedSince(AudienceGroups groups, Instant since, Consumer<List<RemoteMember>> eachPage) {
            eachPage.accept(members.values().stream()
                    .filter(held -> !held.lastChanged().isBefore(since.truncatedTo(ChronoUnit.SECONDS)))
                    .map(this::remote)
                    .toList());
        }

        @Override
        public Optional<RemoteMember> find(AudienceGroups groups, EmailAddress email) {
            return Optional.ofNullable(members.get(email.key())).map(this::remote);
        }

        private RemoteMember remote(Held held) {
            MemberState state = held.state();
            AudienceStatus status = cleaned.contains(state.email().key()) ? AudienceStatus.CLEANED : state.status();
            return new RemoteMember(state.email(), status, state.mergeFields(), state.mailings(), held.lastChanged());
        }

        private Instant now() {
            return clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
    }
}

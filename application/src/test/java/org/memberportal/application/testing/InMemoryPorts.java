package org.memberportal.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.memberportal.application.account.AccountMail;
import org.memberportal.application.account.AccountRequests;
import org.memberportal.application.account.AccountTokens;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.company.Companies;
import org.memberportal.application.secret.PasswordHasher;
import org.memberportal.application.session.Session;
import org.memberportal.application.session.Sessions;
import org.memberportal.application.agent.SupportAgents;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountRequest;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

/** Port implementations held in maps, for fast tests of the application services. */
public final class InMemoryPorts {

    private InMemoryPorts() {
    }

    /** Memberships keyed by person and company; the person's name and password shared by all of them. */
    public static final class InMemoryAccounts implements Accounts {
        private record Key(AccountId person, CompanyId company) {
        }

        private final Map<Key, PortalAccount> byKey = new HashMap<>();
        // Finds answer the stored object itself, so the stored version is kept apart, as a row's is.
        private final Map<Key, Long> versions = new HashMap<>();

        private static Key keyOf(PortalAccount account) {
            return new Key(account.id(), account.companyId());
        }

        @Override
        public Optional<PortalAccount> find(AccountId id) {
            return Memberships.principal(membershipsOf(id));
        }

        @Override
        public Optional<PortalAccount> find(AccountId id, CompanyId company) {
            return Optional.ofNullable(byKey.get(new Key(id, company)));
        }

        @Override
        public List<PortalAccount> membershipsOf(AccountId id) {
            return byKey.values().stream().filter(a -> a.id().equals(id))
                    .sorted(Comparator.comparing(PortalAccount::createdAt)).toList();
        }

        @Override
        public Optional<PortalAccount> findByEmail(EmailAddress email) {
            return Memberships.principal(byKey.values().stream().filter(a -> a.email().equals(email)).toList());
        }

        @Override
        public PortalAccount add(PortalAccount account) {
            if (byKey.containsKey(keyOf(account))) {
                throw new IllegalStateException("a second membership of one person in one company");
            }
            byKey.put(keyOf(account), account);
            versions.put(keyOf(account), account.version());
            return account;
        }

        @Override
        public PortalAccount update(PortalAccount account) {
            InMemoryServicePorts.requireVersion(versions.get(keyOf(account)), account.version());
            versions.put(keyOf(account), account.version() + 1);
            byKey.put(keyOf(account), copy(account, account, account.version() + 1));
            for (PortalAccount other : membershipsOf(account.id())) {
                if (!other.companyId().equals(account.companyId())) {
                    byKey.put(keyOf(other), copy(other, account, versions.get(keyOf(other))));
                }
            }
            // the answer is apart from what is stored, as a row read back is
            return copy(account, account, account.version() + 1);
        }

        /** The membership with the person's fields as {@code person} has them. */
        private static PortalAccount copy(PortalAccount membership, PortalAccount person, long version) {
            return PortalAccount.restore(membership.id(), membership.companyId(), person.fullName(), person.email(),
                    membership.level(), membership.status(), person.passwordHash().orElse(null),
                    membership.createdAt(), version);
        }

        /** Every membership, in id order. */
        public List<PortalAccount> all() {
            return byKey.values().stream().sorted(Comparator.comparing(a -> a.id().value())).toList();
        }

        @Override
        public List<PortalAccount> allOf(CompanyId company) {
            return byKey.values().stream().filter(a -> a.companyId().equals(company))
                    .sorted(Comparator.comparing(a -> a.id().value())).toList();
        }

        @Override
        public Page<PortalAccount> pageOf(CompanyId company, PageRequest page) {
            List<PortalAccount> rows = allOf(company).stream()
                    .filter(a -> page.after() == null || a.id().value().compareTo(page.after()) > 0)
                    .limit(page.limit() + 1L).toList();
            return Page.fromOverfetched(rows, page.limit(), a -> a.id().value());
        }
    }

    public static final class InMemoryAccountRequests implements AccountRequests {
        private final Map<String, AccountRequest> byId = new HashMap<>();

        @Override
        public AccountRequest add(AccountRequest request) {
            byId.put(request.id(), request);
            return request;
        }

        @Override
        public AccountRequest update(AccountRequest request) {
            byId.put(request.id(), request);
            return request;
        }

        @Override
        public Optional<AccountRequest> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public boolean pendingFor(EmailAddress email, CompanyId company) {
            return byId.values().stream()
                    .anyMatch(r -> r.isPending() && r.email().equals(email) && r.companyId().equals(company));
        }

        @Override
        public Page<AccountRequest> page(CompanyId company, AccountRequest.Status status, PageRequest page) {
            List<AccountRequest> rows = byId.values().stream()
                    .filter(r -> company == null || r.companyId().equals(company))
                    .filter(r -> status == null || r.status() == status)
                    .sorted(Comparator.comparing(AccountRequest::id))
                    .filter(r -> page.after() == null || r.id().compareTo(page.after()) > 0)
                    .limit(page.limit() + 1L).toList();
            return Page.fromOverfetched(rows, page.limit(), AccountRequest::id);
        }
    }

    public static final class InMemoryAccountTokens implements AccountTokens {
        private record Token(AccountId account, Purpose purpose, Instant expiresAt, Instant usedAt) {
        }

        private final Map<String, Token> byHash = new HashMap<>();

        @Override
        public void issue(String tokenHash, AccountId account, Purpose purpose, Instant expiresAt) {
            byHash.put(tokenHash, new Token(account, purpose, expiresAt, null));
        }

        @Override
        public Optional<AccountId> redeem(String tokenHash, Purpose purpose, Instant now) {
            Token token = byHash.get(tokenHash);
            if (token == null || token.purpose() != purpose || token.usedAt() != null
                    || !now.isBefore(token.expiresAt())) {
                return Optional.empty();
            }
            byHash.put(tokenHash, new Token(token.account(), purpose, token.expiresAt(), now));
            return Optional.of(token.account());
        }

        @Override
        public void revokeAll(AccountId account, Purpose purpose, Instant now) {
            byHash.replaceAll((hash, t) -> t.account().equals(account) && t.purpose() == purpose && t.usedAt() == null
                    ? new Token(t.account(), purpose, t.expiresAt(), now)
                    : t);
        }
    }

    public static final class InMemoryAuditTrail implements AuditTrail {
        public final List<AuditEvent> events = new ArrayList<>();

        @Override
        public void record(AuditEvent event) {
            events.add(event);
        }

        @Override
        public Page<AuditEvent> page(CompanyId company, PageRequest page) {
            List<AuditEvent> rows = events.stream()
                    .filter(e -> company == null || company.equals(e.companyId()))
                    .sorted(Comparator.comparing(AuditEvent::id).reversed())
                    .filter(e -> page.after() == null || e.id().compareTo(page.after()) < 0)
                    .limit(page.limit() + 1L).toList();
            return Page.fromOverfetched(rows, page.limit(), AuditEvent::id);
        }

        public List<String> actions() {
            return events.stream().map(AuditEvent::action).toList();
        }
    }

    public static final class InMemoryAttemptCounters implements AttemptCounters {
        private final Map<String, AttemptCount> counts = new HashMap<>();
        private int locks;

        @Override
        public AttemptCount lock(String key) {
            locks++;
            return read(key);
        }

        /** How many times a row was locked (on PostgreSQL, written). */
        public int locks() {
            return locks;
        }

        @Override
        public AttemptCount read(String key) {
            return counts.getOrDefault(key, AttemptCount.none(key));
        }

        @Override
        public void save(AttemptCount count) {
            counts.put(count.key(), count);
        }

        @Override
        public void clear(String key) {
            counts.remove(key);
        }

        @Override
        public int purgeBefore(Instant before) {
            int size = counts.size();
            counts.values().removeIf(c -> (c.lastFailureAt() == null || c.lastFailureAt().isBefore(before))
                    && (c.blockedUntil() == null || c.blockedUntil().isBefore(before)));
            return size - counts.size();
        }
    }

    /** Keeps the e-mails the account life cycle would send, with their secret tokens. */
    public static final class RecordedAccountMail implements AccountMail {
        public record Sent(String kind, PortalAccount account, String token) {
        }

        public final List<Sent> sent = new ArrayList<>();

        @Override
        public void activationLink(PortalAccount account, SecretToken token, Instant expiresAt) {
            sent.add(new Sent("ACTIVATION", account, token.value()));
        }

        @Override
        public void passwordResetLink(PortalAccount account, SecretToken token, Instant expiresAt) {
            sent.add(new Sent("PASSWORD_RESET", account, token.value()));
        }

        public Sent last() {
            return sent.get(sent.size() - 1);
        }
    }

    public static final class InMemoryCompanies implements Companies {
        private final Map<CompanyId, Company> byId = new HashMap<>();

        @Override
        public Optional<Company> find(CompanyId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Company> findAll(java.util.Collection<CompanyId> ids) {
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public void add(Company company) {
            byId.put(company.id(), company);
        }

        @Override
        public void lockForChange(CompanyId id) {
            // one thread at a time in unit tests: nothing to hold
        }

        @Override
        public Page<Company> list(PageRequest page) {
            List<Company> rows = byId.values().stream()
                    .sorted(Comparator.comparing(c -> c.id().value()))
                    .filter(c -> page.after() == null || c.id().value().compareTo(page.after()) > 0)
                    .limit(page.limit() + 1L)
                    .toList();
            return Page.fromOverfetched(rows, page.limit(), c -> c.id().value());
        }
    }

    public static final class InMemoryAgents implements SupportAgents {
        private final List<SupportAgent> agents = new ArrayList<>();

        @Override
        public Optional<SupportAgent> find(AgentId id) {
            return agents.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public Optional<SupportAgent> findByEmail(EmailAddress email) {
            return agents.stream().filter(a -> a.email().equals(email)).findFirst();
        }

        @Override
        public boolean any() {
            return !agents.isEmpty();
        }

        @Override
        public void add(SupportAgent agent) {
            agents.add(agent);
        }

        @Override
        public void update(SupportAgent agent) {
            agents.replaceAll(a -> a.id().equals(agent.id()) ? agent : a);
        }
    }

    public static final class InMemorySessions implements Sessions {
        private final Map<String, Session> byHash = new HashMap<>();
        private final Map<String, Instant> revoked = new HashMap<>();
        private final Accounts accounts;

        public InMemorySessions() {
            this(new InMemoryAccounts());
        }

        /** Sessions whose holders are looked up among these accounts. */
        public InMemorySessions(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public void open(Session session) {
            byHash.put(session.tokenHash(), session);
        }

        @Override
        public Optional<Session> findLive(String tokenHash, Instant now) {
            return Optional.ofNullable(byHash.get(tokenHash))
                    .filter(s -> !revoked.containsKey(tokenHash))
                    .filter(s -> now.isBefore(s.expiresAt()));
        }

        @Override
        public Optional<LiveSession> findLiveWithAccount(String tokenHash, Instant now) {
            return findLive(tokenHash, now).map(s -> s.accountId() == null ? new LiveSession(s, List.of(), true)
                    : new LiveSession(s, accounts.membershipsOf(s.accountId())));
        }

        @Override
        public void touch(String tokenHash, Instant now, Instant usedBefore) {
            byHash.computeIfPresent(tokenHash, (hash, s) -> s.lastUsedAt().isBefore(usedBefore)
                    ? new Session(hash, s.accountId(), s.agentId(), s.createdAt(), s.expiresAt(), now)
                    : s);
        }

        @Override
        public void revoke(String tokenHash, Instant now) {
            revoked.put(tokenHash, now);
        }

        @Override
        public void revokeAllOf(AccountId accountId, Instant now) {
            byHash.values().stream().filter(s -> accountId.equals(s.accountId()))
                    .forEach(s -> revoked.put(s.tokenHash(), now));
        }

        @Override
        public void revokeOthersOf(String tokenHash, Instant now) {
            revokeHoldersSessions(tokenHash, false, now);
        }

        @Override
        public void revokeAllWith(String tokenHash, Instant now) {
            revokeHoldersSessions(tokenHash, true, now);
        }

        private void revokeHoldersSessions(String tokenHash, boolean thisOneToo, Instant now) {
            Session of = byHash.get(tokenHash);
            if (of == null) {
                return;
            }
            byHash.values().stream()
                    .filter(s -> Objects.equals(of.accountId(), s.accountId()) && Objects.equals(of.agentId(), s.agentId()))
                    .filter(s -> thisOneToo || !s.tokenHash().equals(tokenHash))
                    .forEach(s -> revoked.putIfAbsent(s.tokenHash(), now));
        }

        @Override
        public int purgeEndedBefore(Instant before) {
            int before0 = byHash.size();
            byHash.values().removeIf(s -> s.expiresAt().isBefore(before)
                    || (revoked.containsKey(s.tokenHash()) && revoked.get(s.tokenHash()).isBefore(before)));
            return before0 - byHash.size();
        }

        public int count() {
            return byHash.size();
        }
    }

    /** Not a real hash: the real one is slow on purpose, and these tests are about the flow. */
    public static final class ReversibleHasher implements PasswordHasher {
        public int verifications;

        @Override
        public String hash(char[] password) {
            return "plain:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hash) {
            verifications++;
            return hash.equals(hash(password)) || hash.equals("old:" + new String(password));
        }

        /** "old:" hashes stand for those made with earlier parameters. */
        @Override
        public boolean isCurrent(String hash) {
            return hash.startsWith("plain:");
        }
    }
}

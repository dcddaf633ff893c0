package org.memberportal.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.company.Companies;
import org.memberportal.application.identity.PasswordHasher;
import org.memberportal.application.identity.Session;
import org.memberportal.application.identity.Sessions;
import org.memberportal.application.identity.SupportAgents;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

/** Port implementations held in maps, for fast tests of the application services. */
public final class InMemoryPorts {

    private InMemoryPorts() {
    }

    public static final class InMemoryAccounts implements Accounts {
        private final Map<AccountId, PortalAccount> byId = new HashMap<>();

        @Override
        public Optional<PortalAccount> find(AccountId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<PortalAccount> findByEmail(EmailAddress email) {
            return byId.values().stream().filter(a -> a.email().equals(email)).findFirst();
        }

        @Override
        public void add(PortalAccount account) {
            byId.put(account.id(), account);
        }
    }

    public static final class InMemoryCompanies implements Companies {
        private final Map<CompanyId, Company> byId = new HashMap<>();

        @Override
        public Optional<Company> find(CompanyId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public void add(Company company) {
            byId.put(company.id(), company);
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
    }

    public static final class InMemorySessions implements Sessions {
        private final Map<String, Session> byHash = new HashMap<>();
        private final Map<String, Instant> revoked = new HashMap<>();

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
        public void revoke(String tokenHash, Instant now) {
            revoked.put(tokenHash, now);
        }

        @Override
        public void revokeAllOf(AccountId accountId, Instant now) {
            byHash.values().stream().filter(s -> accountId.equals(s.accountId()))
                    .forEach(s -> revoked.put(s.tokenHash(), now));
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
            return hash.equals(hash(password));
        }
    }
}

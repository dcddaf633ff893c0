package org.memberportal.it.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.audience.SyncError;
import org.memberportal.application.audience.SyncMarks;
import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.SyncStates;
import org.memberportal.application.audience.SyncSubject;
import org.memberportal.application.company.Companies;
import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentHistory;
import org.memberportal.application.preference.Preferences;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * The portal's data for the benchmark, in memory and safe for the partitions' threads: N active
 * accounts (every fifth IT/Tech, so no newsletter) in companies of 20, preferences at their
 * defaults, and the sync's states. Stands in for the database; the sync logic and the Mailchimp
 * client are the real ones.
 */
final class BenchStore implements SyncStates, SyncMarks {

    private final PortalAccount[] accounts;
    private final String[] ids;
    private final Map<String, Company> companies = new HashMap<>();
    private final Map<AccountId, SyncState> states = new ConcurrentHashMap<>();
    private final Map<String, AccountId> byAudienceEmail = new ConcurrentHashMap<>();
    private final Map<String, PortalAccount> byEmail = new HashMap<>();
    private final Map<AccountId, MailingPreferences> preferences = new ConcurrentHashMap<>();
    private volatile Instant lastPull;

    BenchStore(int count) {
        accounts = new PortalAccount[count];
        ids = new String[count];
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            CompanyId companyId = new CompanyId(String.format("c%035d", i / 20));
            companies.computeIfAbsent(companyId.value(), id -> new Company(companyId, "Company " + id.substring(30),
                    java.time.LocalDate.parse("2030-01-01"), null));
            String id = String.format("a%035d", i);
            accounts[i] = PortalAccount.restore(new AccountId(id), companyId, "Person Number" + i,
                    EmailAddress.of("person" + i + "@bench.example"),
                    i % 5 == 0 ? PermissionLevel.IT_TECH_SUPPORT : PermissionLevel.BASIC, AccountStatus.ACTIVE, "x",
                    now, 1);
            ids[i] = id;
            byEmail.put(accounts[i].email().key(), accounts[i]);
        }
    }

    List<PortalAccount> accounts() {
        return Arrays.asList(accounts);
    }

    @Override
    public List<SyncSubject> subjectsAfter(String afterAccountId, int limit) {
        int from = 0;
        if (afterAccountId != null) {
            int at = Arrays.binarySearch(ids, afterAccountId);
            from = at >= 0 ? at + 1 : -at - 1;
        }
        int to = Math.min(ids.length, from + limit);
        return Arrays.stream(accounts, from, to).map(a -> new SyncSubject(a,
                companies.get(a.companyId().value()).name(), preferences.get(a.id()), states.get(a.id()))).toList();
    }

    @Override
    public Optional<SyncState> find(AccountId account) {
        return Optional.ofNullable(states.get(account));
    }

    @Override
    public Optional<SyncState> findByAudienceEmail(EmailAddress email) {
        return Optional.ofNullable(byAudienceEmail.get(email.key())).map(states::get);
    }

    @Override
    public Map<String, SyncState> findByAudienceEmails(Collection<EmailAddress> emails) {
        Map<String, SyncState> found = new HashMap<>();
        emails.forEach(email -> findByAudienceEmail(email).ifPresent(s -> found.put(email.key(), s)));
        return found;
    }

    @Override
    public void save(SyncState state) {
        states.put(state.accountId(), state);
        if (state.audienceEmail() != null) {
            byAudienceEmail.put(state.audienceEmail().key(), state.accountId());
        }
    }

    @Override
    public void saveAll(Collection<SyncState> changed) {
        changed.forEach(this::save);
    }

    @Override
    public Page<SyncError> errors(PageRequest page) {
        return new Page<>(List.of(), null);
    }

    long rejected() {
        return states.values().stream().filter(s -> s.rejection() != null).count();
    }

    @Override
    public Optional<Instant> lastPull() {
        return Optional.ofNullable(lastPull);
    }

    @Override
    public void pulled(Instant startedAt) {
        lastPull = startedAt;
    }

    Accounts accountsPort() {
        return new AccountsPort();
    }

    Companies companiesPort() {
        return new CompaniesPort();
    }

    PreferencesPort preferencesPort() {
        return new PreferencesPort();
    }

    private final class AccountsPort implements Accounts {
        @Override
        public Optional<PortalAccount> find(AccountId id) {
            int at = Arrays.binarySearch(ids, id.value());
            return at < 0 ? Optional.empty() : Optional.of(accounts[at]);
        }

        @Override
        public Optional<PortalAccount> findByEmail(EmailAddress email) {
            return Optional.ofNullable(byEmail.get(email.key()));
        }

        @Override
        public PortalAccount add(PortalAccount account) {
            throw new UnsupportedOperationException("the benchmark's accounts are fixed");
        }

        @Override
        public PortalAccount update(PortalAccount account) {
            throw new UnsupportedOperationException("the benchmark's accounts are fixed");
        }

        @Override
        public List<PortalAccount> allOf(CompanyId company) {
            return Arrays.stream(accounts).filter(a -> a.companyId().equals(company)).toList();
        }

        @Override
        public Page<PortalAccount> pageOf(CompanyId company, PageRequest page) {
            throw new UnsupportedOperationException("not used by the sync");
        }
    }

    private final class CompaniesPort implements Companies {
        @Override
        public Optional<Company> find(CompanyId id) {
            return Optional.ofNullable(companies.get(id.value()));
        }

        @Override
        public List<Company> findAll(Collection<CompanyId> ids) {
            return ids.stream().map(id -> companies.get(id.value())).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public void add(Company company) {
            companies.put(company.id().value(), company);
        }

        @Override
        public Page<Company> list(PageRequest page) {
            throw new UnsupportedOperationException("not used by the sync");
        }
    }

    final class PreferencesPort implements Preferences, ConsentHistory {
        @Override
        public Optional<MailingPreferences> find(AccountId account) {
            return Optional.ofNullable(preferences.get(account));
        }

        @Override
        public Map<AccountId, MailingPreferences> of(Collection<AccountId> accountIds) {
            Map<AccountId, MailingPreferences> found = new HashMap<>();
            accountIds.forEach(id -> find(id).ifPresent(p -> found.put(id, p)));
            return found;
        }

        @Override
        public MailingPreferences save(MailingPreferences choice) {
            MailingPreferences saved = MailingPreferences.restore(choice.accountId(), choice.newsletter(),
                    choice.updateNotices(), choice.leftThroughMailchimp(), choice.isAddressCleaned(), choice.changedAt(),
                    choice.version() + 1);
            preferences.put(saved.accountId(), saved);
            return saved;
        }

        @Override
        public void record(ConsentChange change) {
        }

        @Override
        public Page<ConsentChange> of(AccountId account, PageRequest page) {
            return new Page<>(List.of(), null);
        }
    }
}

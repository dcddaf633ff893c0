package org.memberportal.application.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.account.LifeCycleRefusals;
import org.memberportal.application.audience.AudienceErasures;
import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.SyncStates;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.download.DownloadRequests;
import org.memberportal.application.livesession.Coupons;
import org.memberportal.application.livesession.LiveSessions;
import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentHistory;
import org.memberportal.application.preference.Preferences;
import org.memberportal.application.audience.SubscriberHash;
import org.memberportal.application.order.Orders;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.ticket.Tickets;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.notification.MailingPreferences;

/** A person's data on request (GDPR articles 15 and 17): exported, or erased. For agents. */
@ApplicationScoped
@Transactional
public class PrivacyDesk implements ExportPersonalDataUseCase, ErasePersonUseCase {

    /** What an erased person's name becomes. */
    public static final String ERASED_NAME = "Erased person";

    /** Erased addresses are in a domain that can never receive mail (RFC 2606). */
    static final String ERASED_DOMAIN = "erased.invalid";

    private final Accounts accounts;
    private final Companies companies;
    private final Preferences preferences;
    private final ConsentHistory consents;
    private final Tickets tickets;
    private final Orders orders;
    private final DownloadRequests downloads;
    private final LiveSessions sessions;
    private final Coupons coupons;
    private final SyncStates syncStates;
    private final AudienceErasures audienceErasures;
    private final PersonalData personalData;
    private final AuditTrail audit;
    private final Clock clock;

    protected PrivacyDesk() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PrivacyDesk(Accounts accounts, Companies companies, Preferences preferences, ConsentHistory consents,
            Tickets tickets, Orders orders, DownloadRequests downloads, LiveSessions sessions, Coupons coupons,
            SyncStates syncStates, AudienceErasures audienceErasures, PersonalData personalData, AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.companies = companies;
        this.preferences = preferences;
        this.consents = consents;
        this.tickets = tickets;
        this.orders = orders;
        this.downloads = downloads;
        this.sessions = sessions;
        this.coupons = coupons;
        this.syncStates = syncStates;
        this.audienceErasures = audienceErasures;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PersonalDataExport export(Caller caller, AccountId id) {
        Authorization.requireAgent(caller);
        PortalAccount account = accounts.find(id).orElseThrow(() -> Refusal.notFound("the account"));
        Company company = companies.find(account.companyId()).orElseThrow(() -> Refusal.notFound("the company"));
        MailingPreferences mailing = preferences.find(id)
                .orElseGet(() -> MailingPreferences.defaultsFor(id, account.level(), account.createdAt()));
        List<ConsentChange> history = new ArrayList<>(all(page -> consents.of(id, page)));
        history.sort(Comparator.comparing(ConsentChange::id));
        Instant now = clock.instant();
        PersonalDataExport export = new PersonalDataExport(now, account, company, mailing, history,
                all(page -> tickets.page(new Tickets.Filter(company.id(), id, null), page)),
                all(page -> orders.placedBy(company.id(), id, page)),
                all(page -> downloads.ofAccount(company.id(), id, page)),
                all(page -> sessions.pageOf(company.id(), id, page)),
                coupons.ofAccount(company.id(), id));
        audit.record(AuditEvent.of(caller, "PERSONAL_DATA_EXPORTED", company.id(), id.value(), null, now));
        return export;
    }

    @Override
    public void erase(Caller caller, AccountId id) {
        Authorization.requireAgent(caller);
        PortalAccount account = accounts.find(id).orElseThrow(() -> Refusal.notFound("the account"));
        if (isErased(account)) {
            return;
        }
        // the person leaves every company they work for: none of them may be left without a Primary
        for (PortalAccount membership : accounts.membershipsOf(id)) {
            LifeCycleRefusals.step(() -> membership.requireErasable(accounts.allOf(membership.companyId())));
        }
        EmailAddress audienceEmail = syncStates.find(id).map(SyncState::audienceEmail)
                .filter(known -> !known.equals(account.email())).orElse(null);
        Instant now = clock.instant();
        // Mailchimp may know the person under either address; a member it does not have is no error there
        audienceErasures.queue(SubscriberHash.of(account.email()), now);
        if (audienceEmail != null) {
            audienceErasures.queue(SubscriberHash.of(audienceEmail), now);
        }
        personalData.erase(new PersonalData.Erasure(id, account.email(), audienceEmail, account.fullName(),
                ERASED_NAME, EmailAddress.of("erased-" + id.value() + "@" + ERASED_DOMAIN)));
        // who was erased is the account's id alone: the audit keeps nothing of what was erased
        audit.record(AuditEvent.of(caller, "PERSON_ERASED", account.companyId(), id.value(), null, now));
    }

    private static boolean isErased(PortalAccount account) {
        return account.email().key().endsWith("@" + ERASED_DOMAIN);
    }

    /** Every page of a keyset-paged query, in the query's order. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> page = query.apply(request);
            items.addAll(page.items());
            if (page.next() == null) {
                return items;
            }
            request = new PageRequest(page.next(), PageRequest.MAX_LIMIT);
        }
    }
}

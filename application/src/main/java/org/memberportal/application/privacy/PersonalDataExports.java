package org.memberportal.application.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentHistory;
import org.memberportal.application.preference.Preferences;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.notification.MailingPreferences;

/** A person's data on request (GDPR article 15), exported whole. For agents. */
@ApplicationScoped
@Transactional
public class PersonalDataExports implements ExportPersonalDataUseCase {

    private final Accounts accounts;
    private final Companies companies;
    private final Preferences preferences;
    private final ConsentHistory consents;
    private final ServiceRecords records;
    private final CommunityRecords community;
    private final AuditTrail audit;
    private final Clock clock;

    protected PersonalDataExports() {
        this(null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PersonalDataExports(Accounts accounts, Companies companies, Preferences preferences,
            ConsentHistory consents, ServiceRecords records, CommunityRecords community, AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.companies = companies;
        this.preferences = preferences;
        this.consents = consents;
        this.records = records;
        this.community = community;
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
        List<ConsentChange> history = new ArrayList<>(ServiceRecords.all(page -> consents.of(id, page)));
        history.sort(Comparator.comparing(ConsentChange::id));
        Instant now = clock.instant();
        PersonalDataExport export = new PersonalDataExport(now, account, company, mailing, history,
                records.tickets(company.id(), id), records.orders(company.id(), id),
                records.downloads(company.id(), id), records.liveSessions(company.id(), id),
                records.coupons(company.id(), id), records.attachments(id), community.of(id));
        audit.record(AuditEvent.of(caller, "PERSONAL_DATA_EXPORTED", company.id(), id.value(), null, now));
        return export;
    }
}

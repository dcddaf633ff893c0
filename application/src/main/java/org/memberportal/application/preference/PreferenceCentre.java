package org.memberportal.application.preference;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.StaffWatch;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * A member's own mailing preferences. A change is recorded in the consent history and the audit
 * trail, and answers with the warnings it raised for the member's company (docs/rules.md: the member
 * whose own opt-out causes a warning is told so). The audience sync carries it to Mailchimp.
 */
@ApplicationScoped
@Transactional
public class PreferenceCentre implements ManagePreferencesUseCase {

    private final Accounts accounts;
    private final Companies companies;
    private final Preferences preferences;
    private final ConsentHistory history;
    private final StaffWatch watch;
    private final AuditTrail audit;
    private final Clock clock;

    protected PreferenceCentre() {
        this(null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public PreferenceCentre(Accounts accounts, Companies companies, Preferences preferences, ConsentHistory history,
            StaffWatch watch, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.companies = companies;
        this.preferences = preferences;
        this.history = history;
        this.watch = watch;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PreferencesAnswer preferences(Caller caller) {
        PortalAccount account = accountOf(caller);
        return answer(account, preferences.current(account), Set.of());
    }

    @Override
    public PreferencesAnswer change(Caller caller, PreferenceChange change) {
        PortalAccount account = accountOf(caller);
        // the last recipients of update notices opting out at once: the second sees the first's opt-out
        companies.lockForChange(account.companyId());
        MailingPreferences choice = preferences.current(account).readAt(change.version());
        // the person's choice is theirs in every company they are an active member of
        Map<CompanyId, List<PortalAccount>> staffOf = new LinkedHashMap<>();
        Map<CompanyId, StaffWatch.Before> before = new LinkedHashMap<>();
        for (PortalAccount membership : accounts.membershipsOf(account.id())) {
            if (membership.status() == AccountStatus.ACTIVE || membership.companyId().equals(account.companyId())) {
                List<PortalAccount> staff = accounts.allOf(membership.companyId());
                staffOf.put(membership.companyId(), staff);
                before.put(membership.companyId(), watch.before(staff));
            }
        }
        Instant now = clock.instant();
        boolean changed;
        try {
            changed = choice.choose(account.level(), change.newsletter(), change.updateNotices(), now);
        } catch (MailingPreferences.NotEligible e) {
            throw Refusal.conflict(ProblemCode.NOT_ELIGIBLE, e.getMessage());
        }
        if (!changed) {
            // nothing to write, so nothing to conflict with: the preferences as they are
            return answer(account, preferences.current(account), Set.of());
        }
        MailingPreferences saved = preferences.save(choice);
        boolean pending = saved.confirmationPending(account.level());
        history.record(ConsentChange.of(saved, pending, ConsentSource.PORTAL, "chosen in the portal", now));
        audit.record(AuditEvent.of(caller, "PREFERENCES_CHANGED", account.companyId(), account.id().value(),
                "newsletter " + saved.newsletter() + ", update notices " + saved.updateNotices(), now));
        Set<CompanyWarning> raised = new LinkedHashSet<>();
        staffOf.forEach((company, staff) -> raised.addAll(watch.changed(company, before.get(company), staff)));
        return answer(account, saved, raised);
    }

    @Override
    public Page<ConsentChange> history(Caller caller, PageRequest page) {
        return history.of(accountOf(caller).id(), page);
    }

    private PortalAccount accountOf(Caller caller) {
        if (caller instanceof Caller.Member member) {
            return accounts.find(member.accountId(), member.companyId()).orElseThrow(() -> Refusal.notFound("the account"));
        }
        throw Refusal.notFound("mailing preferences (agents have none)");
    }

    private static PreferencesAnswer answer(PortalAccount account, MailingPreferences choice,
            Set<CompanyWarning> warnings) {
        return new PreferencesAnswer(MailingPreferences.newsletterEligible(account.level()),
                choice.receivesNewsletter(account.level()), MailingPreferences.updateNoticesEligible(account.level()),
                choice.receivesUpdateNotices(account.level()), choice.confirmationPending(account.level()),
                choice.isAddressCleaned(), choice.version(), warnings);
    }
}

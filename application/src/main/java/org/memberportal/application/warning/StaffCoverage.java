package org.memberportal.application.warning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.preference.Preferences;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.domain.notification.CoverageRules;
import org.memberportal.domain.notification.MailingPreferences;
import org.memberportal.domain.notification.StaffStanding;

/**
 * What the domain's {@link CoverageRules} need to know of a company's accounts: level, status,
 * and whether each is a valid recipient of update notices by its stored preferences (or its
 * level's defaults) and the standing of its address.
 */
@ApplicationScoped
public class StaffCoverage {

    private final Preferences preferences;

    protected StaffCoverage() {
        this(null); // for the CDI proxy
    }

    @Inject
    public StaffCoverage(Preferences preferences) {
        this.preferences = preferences;
    }

    public List<StaffStanding> standingsOf(Collection<PortalAccount> staff) {
        Map<AccountId, MailingPreferences> stored = preferences.of(staff.stream().map(PortalAccount::id).toList());
        return staff.stream().map(account -> standingOf(account, stored.get(account.id()))).toList();
    }

    public Set<CompanyWarning> warningsFor(Collection<PortalAccount> staff) {
        return CoverageRules.warningsFor(standingsOf(staff));
    }

    private static StaffStanding standingOf(PortalAccount account, MailingPreferences stored) {
        MailingPreferences choice = MailingPreferences.storedOrDefaults(stored, account);
        return new StaffStanding(account.level(), account.status(),
                choice.validUpdateNoticeRecipient(account.level(), account.status()));
    }
}

package org.memberportal.application.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.preference.Preferences;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
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

    /** Stands in for the accounts of a count: the rules look at choices, never at whose they are. */
    private static final AccountId COUNTED = new AccountId("00000000-0000-0000-0000-000000000000");

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

    /**
     * The warnings holding for each of these companies, from their staff's counts: each count
     * stands for that many accounts of one standing, given to the same {@link CoverageRules}.
     */
    public static Map<CompanyId, Set<CompanyWarning>> warningsOf(Collection<CompanyId> companies,
            Collection<StandingCount> counts) {
        Map<CompanyId, List<StaffStanding>> staff = new LinkedHashMap<>();
        companies.forEach(company -> staff.put(company, new ArrayList<>()));
        for (StandingCount count : counts) {
            StaffStanding standing = standingOf(count);
            staff.computeIfAbsent(count.company(), company -> new ArrayList<>())
                    .addAll(Collections.nCopies(Math.toIntExact(count.count()), standing));
        }
        Map<CompanyId, Set<CompanyWarning>> warnings = new LinkedHashMap<>();
        staff.forEach((company, standings) -> warnings.put(company, CoverageRules.warningsFor(standings)));
        return warnings;
    }

    /** The standing each account of a count has: its stored choice of update notices, or its level's default. */
    public static StaffStanding standingOf(StandingCount count) {
        MailingPreferences choice = count.storedUpdateNotices() == null
                ? MailingPreferences.defaultsFor(COUNTED, count.level(), Instant.EPOCH)
                : MailingPreferences.restore(COUNTED, false, count.storedUpdateNotices(), false,
                        count.addressCleaned(), Instant.EPOCH, 0);
        return new StaffStanding(count.level(), count.status(),
                choice.validUpdateNoticeRecipient(count.level(), count.status()));
    }

    private static StaffStanding standingOf(PortalAccount account, MailingPreferences stored) {
        MailingPreferences choice = MailingPreferences.storedOrDefaults(stored, account);
        return new StaffStanding(account.level(), account.status(),
                choice.validUpdateNoticeRecipient(account.level(), account.status()));
    }
}

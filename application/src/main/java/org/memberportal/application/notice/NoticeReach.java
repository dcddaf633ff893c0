package org.memberportal.application.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.company.Companies;
import org.memberportal.application.license.Licenses;
import org.memberportal.application.warning.StaffCensus;
import org.memberportal.application.warning.StaffCoverage;
import org.memberportal.application.warning.StandingCount;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notice.NoticeAudience;
import org.memberportal.domain.notice.NoticeDraft;
import org.memberportal.domain.notification.StaffStanding;

/**
 * A notice's reach, counted with the same rule as the coverage warnings (a valid recipient is an
 * active account subscribed to update notices whose address did not bounce): the warning "this
 * company would miss every update notice", at the moment it matters. A person working for two
 * companies counts once in each.
 */
@ApplicationScoped
public class NoticeReach {

    /** Companies read for an ALL notice: more than the portal is made for. */
    static final int MAX_COMPANIES = 100_000;

    private final Licenses licenses;
    private final Companies companies;
    private final StaffCensus census;

    protected NoticeReach() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public NoticeReach(Licenses licenses, Companies companies, StaffCensus census) {
        this.licenses = licenses;
        this.companies = companies;
        this.census = census;
    }

    public Reach of(NoticeDraft draft) {
        List<CompanyId> licensed = licenses.companiesHolding(draft.product());
        List<CompanyId> audience = draft.audience() == NoticeAudience.LICENSED ? licensed
                : companies.idsAfter(null, MAX_COMPANIES);
        Set<CompanyId> read = new LinkedHashSet<>(audience);
        read.addAll(licensed);
        Map<CompanyId, long[]> validAndActive = new HashMap<>();
        for (StandingCount count : census.countsOf(read)) {
            StaffStanding standing = StaffCoverage.standingOf(count);
            long[] tally = validAndActive.computeIfAbsent(count.company(), company -> new long[2]);
            tally[0] += standing.validUpdateNoticeRecipient() ? count.count() : 0;
            tally[1] += count.status() == AccountStatus.ACTIVE ? count.count() : 0;
        }
        long recipients = 0;
        int reached = 0;
        for (CompanyId company : audience) {
            long valid = validAndActive.getOrDefault(company, new long[2])[0];
            recipients += valid;
            reached += valid > 0 ? 1 : 0;
        }
        List<CompanyId> missed = licensed.stream()
                .filter(company -> validAndActive.getOrDefault(company, new long[2])[0] == 0).toList();
        Map<CompanyId, String> names = new HashMap<>();
        companies.findAll(missed).forEach(company -> names.put(company.id(), company.name()));
        List<Reach.CompanyNotReached> notReached = new ArrayList<>();
        for (CompanyId company : missed) {
            boolean anyoneActive = validAndActive.getOrDefault(company, new long[2])[1] > 0;
            notReached.add(new Reach.CompanyNotReached(company, names.getOrDefault(company, company.value()),
                    anyoneActive ? Reach.NOBODY_SUBSCRIBED : Reach.NOBODY_ACTIVE));
        }
        return new Reach(recipients, reached, notReached);
    }
}

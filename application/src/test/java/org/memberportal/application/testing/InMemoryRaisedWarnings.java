package org.memberportal.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.memberportal.application.warning.RaisedWarning;
import org.memberportal.application.warning.RaisedWarnings;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.CompanyId;

public final class InMemoryRaisedWarnings implements RaisedWarnings {

    public final List<RaisedWarning> all = new ArrayList<>();

    @Override
    public List<RaisedWarning> openFor(CompanyId company) {
        return all.stream().filter(w -> w.isOpen() && w.companyId().equals(company)).toList();
    }

    @Override
    public List<RaisedWarning> openFor(Collection<CompanyId> companies) {
        return all.stream().filter(w -> w.isOpen() && companies.contains(w.companyId())).toList();
    }

    /** Refuses the whole batch when one of its warnings is open already, as the database's open key does. */
    @Override
    public void raise(Collection<RaisedWarning> warnings) {
        Set<List<Object>> open = new HashSet<>();
        all.stream().filter(RaisedWarning::isOpen).forEach(w -> open.add(List.of(w.companyId(), w.warning())));
        for (RaisedWarning warning : warnings) {
            if (!open.add(List.of(warning.companyId(), warning.warning()))) {
                throw new IllegalStateException(warning.warning() + " is open already for " + warning.companyId());
            }
        }
        all.addAll(warnings);
    }

    @Override
    public void clear(Collection<String> ids, Instant at) {
        all.replaceAll(w -> ids.contains(w.id()) && w.isOpen()
                ? new RaisedWarning(w.id(), w.companyId(), w.warning(), w.since(), at) : w);
    }

    @Override
    public Page<RaisedWarning> page(Boolean open, PageRequest page) {
        List<RaisedWarning> rows = all.stream()
                .filter(w -> open == null || w.isOpen() == open)
                .sorted(Comparator.comparing(RaisedWarning::id).reversed())
                .filter(w -> page.after() == null || w.id().compareTo(page.after()) < 0)
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetched(rows, page.limit(), RaisedWarning::id);
    }
}

package org.memberportal.application.warning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.memberportal.application.company.OpenWarnings;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/** The ledger of warnings raised and cleared, which keeps a warning from being raised twice. */
public interface RaisedWarnings extends OpenWarnings {

    List<RaisedWarning> openFor(CompanyId company);

    /** The open warnings of these companies, for lists that show them beside each company. */
    List<RaisedWarning> openFor(Collection<CompanyId> companies);

    /**
     * The same for many companies consecutive in id order (the coverage audit's chunk), which an
     * adapter may read as the range of their ids.
     */
    default List<RaisedWarning> openForConsecutive(Collection<CompanyId> companies) {
        return openFor(companies);
    }

    @Override
    default Map<CompanyId, Set<CompanyWarning>> openWarningsOf(Collection<CompanyId> companies) {
        return openFor(companies).stream().collect(Collectors.groupingBy(RaisedWarning::companyId,
                Collectors.mapping(RaisedWarning::warning, Collectors.toSet())));
    }

    /**
     * Records these warnings as raised, all at once; a warning open already is refused (by the
     * database, whoever raised it first) before this returns, so before anyone is told of it.
     */
    void raise(Collection<RaisedWarning> warnings);

    /** Clears these open warnings (by id), all at once. */
    void clear(Collection<String> ids, Instant at);

    /** Newest first; only open ones, only cleared ones, or all ({@code open} null). */
    Page<RaisedWarning> page(Boolean open, PageRequest page);
}

package org.memberportal.application.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.CompanyId;

/** The ledger of warnings raised and cleared, which keeps a warning from being raised twice. */
public interface RaisedWarnings {

    List<RaisedWarning> openFor(CompanyId company);

    /** The open warnings of these companies, for lists that show them beside each company. */
    List<RaisedWarning> openFor(Collection<CompanyId> companies);

    void raise(RaisedWarning warning);

    void clear(String id, Instant at);

    /** Newest first; only open ones, only cleared ones, or all ({@code open} null). */
    Page<RaisedWarning> page(Boolean open, PageRequest page);
}

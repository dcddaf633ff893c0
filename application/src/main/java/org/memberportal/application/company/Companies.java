package org.memberportal.application.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

public interface Companies {

    Optional<Company> find(CompanyId id);

    /** The companies of these ids that exist, in one look-up. */
    List<Company> findAll(Collection<CompanyId> ids);

    void add(Company company);

    /**
     * Holds the company's row until the transaction ends: a change that decides a company-wide
     * invariant (its last Primary, its last recipient of update notices, its open warnings) takes
     * it before reading the staff it decides on, so two such changes, on any instance, run one
     * after the other and the second sees what the first did.
     */
    void lockForChange(CompanyId id);

    /** Companies in the order they were registered. */
    Page<Company> list(PageRequest page);

    /**
     * The ids of up to {@code limit} companies registered after {@code afterId} (from the first when
     * null), in the order they were registered: a scan of every company that reads ids only.
     */
    default List<CompanyId> idsAfter(String afterId, int limit) {
        List<CompanyId> ids = new ArrayList<>();
        String after = afterId;
        while (ids.size() < limit) {
            Page<Company> page = list(new PageRequest(after, Math.min(PageRequest.MAX_LIMIT, limit - ids.size())));
            page.items().forEach(company -> ids.add(company.id()));
            if (page.next() == null || page.items().isEmpty()) {
                break;
            }
            after = page.items().get(page.items().size() - 1).id().value();
        }
        return ids;
    }
}

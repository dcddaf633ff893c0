package org.memberportal.application.company;

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

    /** Companies in the order they were registered. */
    Page<Company> list(PageRequest page);
}

package org.memberportal.application.company;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/** The warnings open for companies, shown beside each in the agents' list of companies. */
public interface OpenWarnings {

    /** Companies without an open warning are left out. */
    Map<CompanyId, Set<CompanyWarning>> openWarningsOf(Collection<CompanyId> companies);
}

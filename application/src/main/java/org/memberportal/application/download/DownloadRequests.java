package org.memberportal.application.download;

import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

/** Members' requests for download links, and the links granted. */
public interface DownloadRequests {

    DownloadRequest add(DownloadRequest request);

    /** Saves a changed request; a {@code stale-version} conflict when it changed since it was read. */
    DownloadRequest update(DownloadRequest request);

    /** Any company's request: for agents, who grant them. */
    Optional<DownloadRequest> findForAgent(String id);

    /** For agents: oldest first, of one company (null: all) in one status (null: any). */
    Page<DownloadRequest> page(CompanyId company, DownloadRequest.Status status, PageRequest page);

    /** The company's granted links, newest first: all of them, or those asked for by {@code requester}. */
    Page<DownloadRequest> granted(CompanyId company, AccountId requester, PageRequest page);
}

package org.memberportal.application.download;

import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

/** Members' requests for download links, and the links granted. */
public interface DownloadRequests {

    /**
     * Stores a new request or published link; {@code already-requested} conflict when the account
     * (or, for a link to the company, the company) has one for the product already, however
     * simultaneous the two were.
     */
    DownloadRequest add(DownloadRequest request);

    /** Saves a changed request; a {@code stale-version} conflict when it changed since it was read. */
    DownloadRequest update(DownloadRequest request);

    /** Any company's request: for agents, who grant them. */
    Optional<DownloadRequest> findForAgent(String id);

    /** For agents: oldest first, of one company (null: all) in one status (null: any). */
    Page<DownloadRequest> page(CompanyId company, DownloadRequest.Status status, PageRequest page);

    /**
     * The company's granted links, newest first: all of them, or those {@code requester} receives
     * (asked for by or published to it, and those published to the whole company).
     */
    Page<DownloadRequest> granted(CompanyId company, AccountId requester, PageRequest page);

    /** The account's own requests and the links published to it, newest first, in any status. */
    Page<DownloadRequest> ofAccount(CompanyId company, AccountId account, PageRequest page);

    /**
     * What already covers the product (by {@link DownloadRequest#productKey}) for the account: its
     * own request or link, or a link published to the whole company. With no account, only the latter.
     */
    Optional<DownloadRequest> covering(CompanyId company, AccountId account, String productKey);

    /** The company's requests for the product still waiting for an agent. */
    List<DownloadRequest> waiting(CompanyId company, String productKey);
}

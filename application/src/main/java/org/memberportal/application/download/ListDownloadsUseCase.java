package org.memberportal.application.download;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

public interface ListDownloadsUseCase {

    /** The granted links the caller may see: a Primary (and an agent) all, an asker those granted to them. */
    Page<DownloadRequest> visible(Caller caller, CompanyId company, PageRequest page);

    /** For agents: requests of every company, or of one; in one status or any. */
    Page<DownloadRequest> all(Caller caller, CompanyId company, DownloadRequest.Status status, PageRequest page);
}

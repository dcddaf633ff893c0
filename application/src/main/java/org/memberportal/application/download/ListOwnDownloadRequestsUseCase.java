package org.memberportal.application.download;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.download.DownloadRequest;

public interface ListOwnDownloadRequestsUseCase {

    /** The caller's own requests, and links agents published to them, newest first, with their state. */
    Page<DownloadRequest> mine(Caller caller, PageRequest page);
}

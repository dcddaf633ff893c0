package org.memberportal.application.download;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.download.DownloadRequest;

public interface GrantDownloadUseCase {

    /** For agents: grants the request with an http(s) link; the asker is e-mailed. */
    DownloadRequest grant(Caller caller, String requestId, String url);
}

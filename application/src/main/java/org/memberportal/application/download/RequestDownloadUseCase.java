package org.memberportal.application.download;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

public interface RequestDownloadUseCase {

    /** IT/Tech and Manager ask for a product's download link; an agent grants it. */
    DownloadRequest request(Caller caller, CompanyId company, String product);
}

package org.memberportal.application.download;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

public interface RequestDownloadUseCase {

    /**
     * IT/Tech and Manager ask for a product's download link; an agent grants it. A product asked
     * for or granted already (to the account or to the whole company) is {@code already-requested}.
     */
    DownloadRequest request(Caller caller, CompanyId company, String product);
}

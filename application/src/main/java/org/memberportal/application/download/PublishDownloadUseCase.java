package org.memberportal.application.download;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

public interface PublishDownloadUseCase {

    /**
     * For agents: publishes a product's link without a request, to one account of the company
     * (granting its waiting request for the product, if any), or with no account to the company's
     * IT/Tech, Manager and Primary accounts (granting their waiting requests for it too). The
     * recipients are e-mailed.
     */
    DownloadRequest publish(Caller caller, CompanyId company, String product, String url, AccountId account);
}

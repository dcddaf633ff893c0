package org.memberportal.domain.download;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;

/**
 * A member's request for a product's download link, and once an agent grants it, the link.
 * docs/rules.md: IT/Tech and Manager ask and then see the link granted to them; a Primary sees all of
 * the company's links without asking.
 */
public final class DownloadRequest {

    public enum Status {
        REQUESTED, GRANTED
    }

    private final String id;
    private final CompanyId companyId;
    private final String product;
    private final AccountId requestedBy;
    private final Instant requestedAt;
    private Status status;
    private WebLink link;
    private Instant grantedAt;
    private final long version;

    private DownloadRequest(String id, CompanyId companyId, String product, AccountId requestedBy,
            Instant requestedAt, Status status, WebLink link, Instant grantedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.companyId = Objects.requireNonNull(companyId, "company");
        this.product = License.product(product);
        this.requestedBy = Objects.requireNonNull(requestedBy, "requester");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requested at");
        this.status = Objects.requireNonNull(status, "status");
        this.link = link;
        this.grantedAt = grantedAt;
        this.version = version;
    }

    public static DownloadRequest ask(Caller.Member requester, String product, Instant now) {
        return new DownloadRequest(TimeOrderedIds.next(), requester.companyId(), product, requester.accountId(), now,
                Status.REQUESTED, null, null, 0);
    }

    public static DownloadRequest restore(String id, CompanyId companyId, String product, AccountId requestedBy,
            Instant requestedAt, Status status, WebLink link, Instant grantedAt, long version) {
        return new DownloadRequest(id, companyId, product, requestedBy, requestedAt, status, link, grantedAt, version);
    }

    public void grant(WebLink granted, Instant now) {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("the download link was already granted");
        }
        this.link = Objects.requireNonNull(granted, "link");
        this.status = Status.GRANTED;
        this.grantedAt = now;
    }

    /** Whether the caller may see this granted link: all of them for a Primary (or an agent), the own for an asker. */
    public boolean isVisibleTo(Caller caller) {
        if (status != Status.GRANTED) {
            return false;
        }
        if (caller.isAgent() || caller.may(Capability.SEE_ALL_DOWNLOAD_LINKS, companyId)) {
            return true;
        }
        return caller instanceof Caller.Member member && member.accountId().equals(requestedBy)
                && caller.may(Capability.REQUEST_DOWNLOAD_LINKS, companyId);
    }

    public String id() {
        return id;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public String product() {
        return product;
    }

    public AccountId requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public WebLink link() {
        return link;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public long version() {
        return version;
    }
}

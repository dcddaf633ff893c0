package org.memberportal.domain.download;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
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
    private final AgentId publishedBy;
    private final long version;

    private DownloadRequest(String id, CompanyId companyId, String product, AccountId requestedBy,
            Instant requestedAt, Status status, WebLink link, Instant grantedAt, AgentId publishedBy, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.companyId = Objects.requireNonNull(companyId, "company");
        this.product = License.product(product);
        if (requestedBy == null && publishedBy == null) {
            throw new IllegalArgumentException("only an agent publishes a link to the whole company");
        }
        this.requestedBy = requestedBy;
        this.publishedBy = publishedBy;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requested at");
        this.status = Objects.requireNonNull(status, "status");
        this.link = link;
        this.grantedAt = grantedAt;
        this.version = version;
    }

    public static DownloadRequest ask(Caller.Member requester, String product, Instant now) {
        return new DownloadRequest(TimeOrderedIds.next(), requester.companyId(), product, requester.accountId(), now,
                Status.REQUESTED, null, null, null, 0);
    }

    /** A link published by an agent, granted at once: for {@code recipient}, or for the company when null. */
    public static DownloadRequest publish(CompanyId company, String product, AccountId recipient, WebLink link,
            AgentId agent, Instant now) {
        return new DownloadRequest(TimeOrderedIds.next(), company, product, recipient, now, Status.GRANTED,
                Objects.requireNonNull(link, "link"), now, Objects.requireNonNull(agent, "agent"), 0);
    }

    public static DownloadRequest restore(String id, CompanyId companyId, String product, AccountId requestedBy,
            Instant requestedAt, Status status, WebLink link, Instant grantedAt, long version) {
        return restore(id, companyId, product, requestedBy, requestedAt, status, link, grantedAt, null, version);
    }

    public static DownloadRequest restore(String id, CompanyId companyId, String product, AccountId requestedBy,
            Instant requestedAt, Status status, WebLink link, Instant grantedAt, AgentId publishedBy, long version) {
        return new DownloadRequest(id, companyId, product, requestedBy, requestedAt, status, link, grantedAt,
                publishedBy, version);
    }

    /** Whether accounts of this level receive download links at all: those who ask, and those who see all. */
    public static boolean receivesLinks(PermissionLevel level) {
        return CapabilityMatrix.grants(level, Capability.REQUEST_DOWNLOAD_LINKS)
                || CapabilityMatrix.grants(level, Capability.SEE_ALL_DOWNLOAD_LINKS);
    }

    /** Products are named by people: one product whatever the case it is typed in. */
    public static String productKey(String product) {
        return License.product(product).toLowerCase(Locale.ROOT);
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
        if (caller.isAgentOrMay(Capability.SEE_ALL_DOWNLOAD_LINKS, companyId)) {
            return true;
        }
        return caller instanceof Caller.Member member && (isForCompany() || member.accountId().equals(requestedBy))
                && caller.may(Capability.REQUEST_DOWNLOAD_LINKS, companyId);
    }

    /** Published by an agent to the company as a whole, not to one account. */
    public boolean isForCompany() {
        return requestedBy == null;
    }

    public String productKey() {
        return productKey(product);
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

    /** The account that asked, or that an agent published the link to; null for a link to the whole company. */
    public AccountId requestedBy() {
        return requestedBy;
    }

    /** The agent who published the link without a request; null for a requested one. */
    public AgentId publishedBy() {
        return publishedBy;
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

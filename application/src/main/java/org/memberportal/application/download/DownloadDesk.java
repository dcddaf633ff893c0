package org.memberportal.application.download;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

/** Software download links "on request" (docs/rules.md): asked for by members, granted by agents. */
@ApplicationScoped
@Transactional
public class DownloadDesk implements RequestDownloadUseCase, ListDownloadsUseCase, GrantDownloadUseCase,
        PublishDownloadUseCase, ListOwnDownloadRequestsUseCase {

    private final DownloadRequests requests;
    private final Companies companies;
    private final Accounts accounts;
    private final MemberNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    protected DownloadDesk() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public DownloadDesk(DownloadRequests requests, Companies companies, Accounts accounts, MemberNotices notices,
            AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.companies = companies;
        this.accounts = accounts;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public DownloadRequest request(Caller caller, CompanyId company, String product) {
        Caller.Member member = Authorization.require(caller, Capability.REQUEST_DOWNLOAD_LINKS, company);
        DownloadRequest asked = Inputs.checked(() -> DownloadRequest.ask(member, product, now()));
        if (requests.covering(company, member.accountId(), asked.productKey()).isPresent()) {
            throw alreadyRequested();
        }
        // the store's unique key refuses the second of two simultaneous requests alike
        DownloadRequest request = requests.add(asked);
        audit.record(AuditEvent.of(caller, "DOWNLOAD_REQUESTED", company, request.id(), request.product(), now()));
        return request;
    }

    @Override
    public Page<DownloadRequest> visible(Caller caller, CompanyId company, PageRequest page) {
        Page<DownloadRequest> links;
        if (caller.isAgent()) {
            companies.find(company).orElseThrow(() -> Refusal.notFound("the company"));
            links = requests.granted(company, null, page);
        } else if (Authorization.requireMemberOf(caller, company).may(Capability.SEE_ALL_DOWNLOAD_LINKS, company)) {
            links = requests.granted(company, null, page);
        } else {
            Caller.Member asker = Authorization.require(caller, Capability.REQUEST_DOWNLOAD_LINKS, company);
            links = requests.granted(company, asker.accountId(), page);
        }
        // the queries above select by the same rule; the domain's check keeps any slip from showing a link
        return new Page<>(links.items().stream().filter(link -> link.isVisibleTo(caller)).toList(), links.next());
    }

    @Override
    public Page<DownloadRequest> all(Caller caller, CompanyId company, DownloadRequest.Status status,
            PageRequest page) {
        Authorization.requireAgent(caller);
        return requests.page(company, status, page);
    }

    @Override
    public DownloadRequest grant(Caller caller, String requestId, String url) {
        Authorization.requireAgent(caller);
        WebLink link = Inputs.checked(() -> new WebLink(url));
        DownloadRequest request = requests.findForAgent(requestId)
                .orElseThrow(() -> Refusal.notFound("the download request"));
        if (request.status() != DownloadRequest.Status.REQUESTED) {
            throw Refusal.conflict(ProblemCode.ALREADY_GRANTED, "The download link was already granted.");
        }
        DownloadRequest saved = granted(request, link);
        audit.record(AuditEvent.of(caller, "DOWNLOAD_GRANTED", request.companyId(), request.id(), link.value(),
                now()));
        return saved;
    }

    @Override
    public DownloadRequest publish(Caller caller, CompanyId company, String product, String url, AccountId account) {
        Caller.Agent agent = Authorization.requireAgent(caller);
        companies.find(company).orElseThrow(() -> Refusal.notFound("the company"));
        WebLink link = Inputs.checked(() -> new WebLink(url));
        String key = Inputs.checked(() -> DownloadRequest.productKey(product));
        if (account != null) {
            PortalAccount recipient = accounts.find(account, company)
                    .orElseThrow(() -> Refusal.notFound("the account"));
            if (recipient.status() == AccountStatus.DEACTIVATED || !DownloadRequest.receivesLinks(recipient.level())) {
                throw Refusal.conflict(ProblemCode.NOT_ELIGIBLE, "The account's level (or status) receives no download links.");
            }
        }
        DownloadRequest covering = requests.covering(company, account, key).orElse(null);
        if (covering != null && covering.status() == DownloadRequest.Status.GRANTED) {
            throw Refusal.conflict(ProblemCode.ALREADY_GRANTED, "A link of that product was already granted.");
        }
        DownloadRequest published;
        List<DownloadRequest> answered = new ArrayList<>();
        if (covering != null) {
            // the account asked for it already: the agent's link is the answer to that request
            published = granted(covering, link);
            answered.add(published);
        } else {
            published = requests.add(DownloadRequest.publish(company, product, account, link, agent.agentId(), now()));
            if (account == null) {
                for (DownloadRequest waiting : requests.waiting(company, key)) {
                    answered.add(granted(waiting, link));
                }
                notifyCompany(published, answered);
            } else {
                accounts.find(account, company).filter(PortalAccount::mayLogIn)
                        .ifPresent(recipient -> notifyPublished(recipient, published));
            }
        }
        audit.record(AuditEvent.of(caller, "DOWNLOAD_PUBLISHED", company, published.id(),
                published.product() + (account == null ? " to the company" : " to account " + account.value())
                        + ": " + link.value(), now()));
        return published;
    }

    @Override
    public Page<DownloadRequest> mine(Caller caller, PageRequest page) {
        Caller.Member member = Authorization.requireOwn(caller, Capability.PORTAL_ACCESS);
        return requests.ofAccount(member.companyId(), member.accountId(), page);
    }

    private DownloadRequest granted(DownloadRequest request, WebLink link) {
        request.grant(link, now());
        DownloadRequest saved = requests.update(request);
        // a company's link is told only to whoever is active in that company now
        accounts.find(request.requestedBy(), request.companyId()).filter(PortalAccount::mayLogIn)
                .ifPresent(asker -> notifyGranted(asker, saved));
        return saved;
    }

    private void notifyGranted(PortalAccount recipient, DownloadRequest link) {
        notices.sendAbout("downloads", link.companyId(), recipient, "DOWNLOAD_GRANTED", "Your download link is ready",
                "the download link of " + link.product() + " you asked for is ready:", link.link().value(),
                "It is also listed in the member portal under your company's downloads.");
    }

    /** Everyone of the company who receives links and has not just been told through their own request. */
    private void notifyCompany(DownloadRequest link, List<DownloadRequest> answered) {
        List<AccountId> told = answered.stream().map(DownloadRequest::requestedBy).toList();
        for (PortalAccount member : accounts.allOf(link.companyId())) {
            if (member.status() == AccountStatus.ACTIVE && DownloadRequest.receivesLinks(member.level())
                    && !told.contains(member.id())) {
                notifyPublished(member, link);
            }
        }
    }

    private void notifyPublished(PortalAccount recipient, DownloadRequest link) {
        notices.sendAbout("downloads", link.companyId(), recipient, "DOWNLOAD_PUBLISHED", "A download link for you",
                "the download link of " + link.product() + " is available to you:", link.link().value(),
                "It is also listed in the member portal under your company's downloads.");
    }

    private static Refusal alreadyRequested() {
        return Refusal.conflict(ProblemCode.ALREADY_REQUESTED, "That product's download link was asked for or granted already.");
    }

    private Instant now() {
        return clock.instant();
    }
}

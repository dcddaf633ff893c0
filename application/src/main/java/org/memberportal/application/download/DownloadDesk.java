package org.memberportal.application.download;

import java.time.Clock;
import java.time.Instant;

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
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;

/** Software download links "on request" (docs/rules.md): asked for by members, granted by agents. */
@ApplicationScoped
@Transactional
public class DownloadDesk implements RequestDownloadUseCase, ListDownloadsUseCase, GrantDownloadUseCase {

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
        DownloadRequest request = requests.add(Inputs.checked(() -> DownloadRequest.ask(member, product, now())));
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
        request.grant(link, now());
        DownloadRequest saved = requests.update(request);
        accounts.find(request.requestedBy()).ifPresent(asker -> notices.send(asker, "DOWNLOAD_GRANTED",
                "Your download link is ready",
                "the download link of " + request.product() + " you asked for is ready:", link.value(),
                "It is also listed in the member portal under your company's downloads."));
        audit.record(AuditEvent.of(caller, "DOWNLOAD_GRANTED", request.companyId(), request.id(), link.value(),
                now()));
        return saved;
    }

    private Instant now() {
        return clock.instant();
    }
}

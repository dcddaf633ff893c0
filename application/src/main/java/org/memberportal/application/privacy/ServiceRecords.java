package org.memberportal.application.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.download.DownloadRequests;
import org.memberportal.application.livesession.Coupons;
import org.memberportal.application.livesession.LiveSessions;
import org.memberportal.application.order.Orders;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.ticket.TicketAttachments;
import org.memberportal.application.ticket.Tickets;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.download.DownloadRequest;
import org.memberportal.domain.livesession.Coupon;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.TicketReply;

/** What a person left in the company's services, each whole, for the export of their data. */
@ApplicationScoped
public class ServiceRecords {

    private final Tickets tickets;
    private final Orders orders;
    private final DownloadRequests downloads;
    private final LiveSessions sessions;
    private final Coupons coupons;
    private final TicketAttachments attachments;

    protected ServiceRecords() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public ServiceRecords(Tickets tickets, Orders orders, DownloadRequests downloads, LiveSessions sessions,
            Coupons coupons, TicketAttachments attachments) {
        this.tickets = tickets;
        this.orders = orders;
        this.downloads = downloads;
        this.sessions = sessions;
        this.coupons = coupons;
        this.attachments = attachments;
    }

    /** The files the person attached to tickets, described (their bytes are not part of the export). */
    List<TicketAttachment> attachments(AccountId person) {
        return attachments.uploadedBy(person.value()).stream()
                .filter(a -> a.uploaderKind() == TicketReply.AuthorKind.MEMBER).toList();
    }

    List<Ticket> tickets(CompanyId company, AccountId person) {
        return all(page -> tickets.page(new Tickets.Filter(company, person, null), page));
    }

    List<Order> orders(CompanyId company, AccountId person) {
        return all(page -> orders.placedBy(company, person, page));
    }

    List<DownloadRequest> downloads(CompanyId company, AccountId person) {
        return all(page -> downloads.ofAccount(company, person, page));
    }

    List<LiveSession> liveSessions(CompanyId company, AccountId person) {
        return all(page -> sessions.pageOf(company, person, page));
    }

    List<Coupon> coupons(CompanyId company, AccountId person) {
        return coupons.ofAccount(company, person);
    }

    /** Every page of a keyset-paged query, in the query's order. */
    static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> items = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> page = query.apply(request);
            items.addAll(page.items());
            if (page.next() == null) {
                return items;
            }
            request = new PageRequest(page.next(), PageRequest.MAX_LIMIT);
        }
    }
}

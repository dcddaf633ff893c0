package org.memberportal.application.privacy;

import java.time.Instant;
import java.util.List;

import org.memberportal.application.preference.ConsentChange;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.download.DownloadRequest;
import org.memberportal.domain.livesession.Coupon;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.domain.notification.MailingPreferences;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketAttachment;

/**
 * Everything the portal holds of one person (GDPR article 15): the account and its company, the
 * mailing preferences with the whole consent history (oldest first), and what they did: tickets,
 * orders, download requests, live sessions, coupon codes and the files they attached to tickets; and
 * their posts, votes, followed topics and reports in the knowledge base and the forums.
 */
public record PersonalDataExport(Instant exportedAt, PortalAccount account, Company company,
        MailingPreferences preferences, List<ConsentChange> consentHistory, List<Ticket> tickets, List<Order> orders,
        List<DownloadRequest> downloadRequests, List<LiveSession> liveSessions, List<Coupon> coupons,
        List<TicketAttachment> attachments, CommunityRecords.Community community) {

    public PersonalDataExport {
        consentHistory = List.copyOf(consentHistory);
        tickets = List.copyOf(tickets);
        orders = List.copyOf(orders);
        downloadRequests = List.copyOf(downloadRequests);
        liveSessions = List.copyOf(liveSessions);
        coupons = List.copyOf(coupons);
        attachments = List.copyOf(attachments);
    }
}

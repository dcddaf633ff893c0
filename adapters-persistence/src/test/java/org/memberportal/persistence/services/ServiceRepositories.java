package org.memberportal.persistence.services;

import jakarta.persistence.EntityManager;

import org.memberportal.persistence.document.DocumentsAccess;
import org.memberportal.persistence.document.JpaDocuments;
import org.memberportal.persistence.download.DownloadRequestsAccess;
import org.memberportal.persistence.download.JpaDownloadRequests;
import org.memberportal.persistence.license.JpaLicenses;
import org.memberportal.persistence.license.LicensesAccess;
import org.memberportal.persistence.livesession.JpaCoupons;
import org.memberportal.persistence.livesession.JpaLiveSessions;
import org.memberportal.persistence.livesession.LiveSessionsAccess;
import org.memberportal.persistence.order.JpaOrders;
import org.memberportal.persistence.order.OrdersAccess;
import org.memberportal.persistence.ticket.JpaTickets;
import org.memberportal.persistence.ticket.TicketsAccess;

/** The member services' repositories on one entity manager, as the container would inject them. */
record ServiceRepositories(JpaTickets tickets, JpaLicenses licenses, JpaOrders orders,
        JpaDownloadRequests downloads, JpaDocuments documents, JpaLiveSessions sessions, JpaCoupons coupons) {

    static ServiceRepositories on(EntityManager em) {
        return new ServiceRepositories(TicketsAccess.of(em), LicensesAccess.of(em), OrdersAccess.of(em),
                DownloadRequestsAccess.of(em), DocumentsAccess.of(em), LiveSessionsAccess.sessions(em),
                LiveSessionsAccess.coupons(em));
    }
}

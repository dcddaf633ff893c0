package org.memberportal.persistence.services;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.memberportal.application.testing.MemberServicesContract;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.account.JpaAccountsAccess;
import org.memberportal.persistence.agent.JpaSupportAgentsAccess;
import org.memberportal.persistence.document.DocumentsAccess;
import org.memberportal.persistence.download.DownloadRequestsAccess;
import org.memberportal.persistence.license.LicensesAccess;
import org.memberportal.persistence.livesession.LiveSessionsAccess;
import org.memberportal.persistence.order.OrdersAccess;
import org.memberportal.persistence.testing.TestDatabase;
import org.memberportal.persistence.ticket.JpaTickets;
import org.memberportal.persistence.ticket.TicketsAccess;

/** The member services' contract on each database the portal runs on. */
abstract class JpaMemberServicesContract extends MemberServicesContract {

    abstract TestDatabase database();

    @Override
    protected <T> T inTransaction(Function<Repositories, T> work) {
        return database().inTransaction(JpaMemberServicesContract::repositories, work);
    }

    @Override
    protected CompanyId newCompany() {
        return database().newCompany("Acme", EXPIRY);
    }

    @Override
    protected void store(PortalAccount account) {
        database().inTransaction(em -> JpaAccountsAccess.of(em).add(account));
    }

    @Override
    protected void store(SupportAgent agent) {
        database().inTransaction(em -> {
            JpaSupportAgentsAccess.of(em).add(agent);
            return null;
        });
    }

    private static Repositories repositories(EntityManager em) {
        JpaTickets tickets = TicketsAccess.of(em);
        return new Repositories(tickets, tickets, LicensesAccess.of(em), OrdersAccess.of(em),
                DownloadRequestsAccess.of(em), DocumentsAccess.of(em), LiveSessionsAccess.sessions(em),
                LiveSessionsAccess.coupons(em));
    }
}

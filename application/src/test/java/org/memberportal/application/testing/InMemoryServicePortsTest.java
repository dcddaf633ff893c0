package org.memberportal.application.testing;

import java.util.function.Function;

import org.memberportal.application.testing.InMemoryServicePorts.InMemoryCoupons;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryDocuments;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryDownloadRequests;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryLicenses;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryLiveSessions;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryOrders;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryTickets;

class InMemoryServicePortsTest extends MemberServicesContract {

    private final InMemoryTickets tickets = new InMemoryTickets();
    private final Repositories repositories = new Repositories(tickets, tickets, new InMemoryLicenses(),
            new InMemoryOrders(), new InMemoryDownloadRequests(), new InMemoryDocuments(), new InMemoryLiveSessions(),
            new InMemoryCoupons());

    @Override
    protected <T> T inTransaction(Function<Repositories, T> work) {
        return work.apply(repositories);
    }
}

package org.memberportal.application.ticket;

import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketPriority;
import org.memberportal.domain.ticket.TicketStatus;

public interface ChangeTicketUseCase {

    /** For agents: the ticket as read at the change's version gets what the change says. */
    Ticket change(Caller caller, String ticketId, TicketChange change);

    /**
     * What an agent changes: the assignee when {@code reassign} (a null {@code assignee} unassigns),
     * the status and the priority when not null; {@code version} null where no version is named
     * (a bulk change of tickets the agent picked from a list).
     */
    record TicketChange(boolean reassign, AgentId assignee, TicketStatus status, TicketPriority priority,
            Long version) {

        public static TicketChange status(TicketStatus status, long version) {
            return new TicketChange(false, null, status, null, version);
        }

        public static TicketChange assign(AgentId assignee, long version) {
            return new TicketChange(true, assignee, null, null, version);
        }

        TicketChange at(Long readVersion) {
            return new TicketChange(reassign, assignee, status, priority, readVersion);
        }

        boolean changesNothing() {
            return !reassign && status == null && priority == null;
        }
    }
}

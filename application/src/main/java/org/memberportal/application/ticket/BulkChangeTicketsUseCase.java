package org.memberportal.application.ticket;

import java.util.List;
import java.util.Map;

import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.ticket.ChangeTicketUseCase.TicketChange;
import org.memberportal.domain.identity.Caller;

public interface BulkChangeTicketsUseCase {

    /**
     * For agents: the same change to many tickets, each decided on its own. A ticket that is unknown,
     * stale (its version named and no longer current) or refused by the rules is reported; the
     * others change.
     */
    BulkOutcome change(Caller caller, List<String> ticketIds, Map<String, Long> versions, TicketChange change);

    record BulkOutcome(List<String> updated, List<Failure> failed) {
        public BulkOutcome {
            updated = List.copyOf(updated);
            failed = List.copyOf(failed);
        }
    }

    /** A ticket left unchanged, and the refusal it met (an unknown ticket is one not found). */
    record Failure(String id, Refusal refusal) {
    }
}

package org.memberportal.application.ticket;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.mail.Html;
import org.memberportal.application.mail.Outbox;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.application.mail.PortalLinks;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.ticket.Ticket;

/**
 * Tells an agent that a colleague gave them a ticket, through the outbox in the caller's
 * transaction. Only what the queue shows goes out (number, subject, priority, due time): the
 * conversation stays in the console.
 */
@ApplicationScoped
public class AssignmentMail {

    static final String KIND = "TICKET_ASSIGNED";

    private final Outbox outbox;
    private final PortalLinks links;
    private final Clock clock;

    protected AssignmentMail() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public AssignmentMail(Outbox outbox, PortalLinks links, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    public void assigned(Ticket ticket, SupportAgent to) {
        String subject = "Ticket " + ticket.number() + " is yours";
        String what = ticket.number() + " (" + ticket.subject() + "), " + ticket.priority()
                + ", first answer due " + ticket.firstResponseDueAt() + ".";
        String link = links.console("ticket/" + ticket.id());
        String text = "Hello " + to.fullName() + ",\n\na ticket was assigned to you: " + what + "\n\nOpen it: " + link
                + "\n";
        String html = "<p>Hello " + Html.escape(to.fullName()) + ",</p><p>a ticket was assigned to you: "
                + Html.escape(what) + "</p><p>Open it: " + Html.escape(link) + "</p>";
        outbox.queue(new OutgoingEmail(to.email(), to.fullName(), subject, text, html, KIND), clock.instant());
    }
}

package org.memberportal.application.mail;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;

/**
 * Short notices to a member about their own business (a reply to their ticket, a fulfilled
 * order, a granted link), queued in the outbox inside the caller's transaction. Only active
 * accounts are written to: a deactivated person no longer acts for the company.
 */
@ApplicationScoped
public class MemberNotices {

    private final Outbox outbox;
    private final Clock clock;

    protected MemberNotices() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public MemberNotices(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the notice; each paragraph is plain text (escaped for the HTML body). */
    public void send(PortalAccount to, String kind, String subject, String... paragraphs) {
        if (to.status() != AccountStatus.ACTIVE) {
            return;
        }
        StringBuilder text = new StringBuilder("Hello " + to.fullName() + ",\n\n");
        StringBuilder html = new StringBuilder("<p>Hello " + Html.escape(to.fullName()) + ",</p>");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(Html.escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        text.append("Your support team\n");
        html.append("<p>Your support team</p>");
        outbox.queue(new OutgoingEmail(to.email(), to.fullName(), subject, text.toString(), html.toString(), kind),
                clock.instant());
    }
}

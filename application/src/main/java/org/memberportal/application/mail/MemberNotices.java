package org.memberportal.application.mail;

import java.time.Clock;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;

/**
 * Short notices to a member about their own business (a reply to their ticket, a fulfilled
 * order, a granted link), queued in the outbox inside the caller's transaction. Only active
 * accounts are written to: a deactivated person no longer acts for the company.
 */
@ApplicationScoped
public class MemberNotices {

    private final Outbox outbox;
    private final PortalLinks links;
    private final Clock clock;

    protected MemberNotices() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public MemberNotices(Outbox outbox, PortalLinks links, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The same, ending with the link to the member portal's page the notice is about ({@code route}),
     * acting for the company it is about.
     */
    public void sendAbout(String route, CompanyId company, PortalAccount to, String kind, String subject,
            String... paragraphs) {
        String[] withLink = Arrays.copyOf(paragraphs, paragraphs.length + 1);
        withLink[paragraphs.length] = "Open it in the member portal: " + links.page(route, company);
        send(to, kind, subject, withLink);
    }

    /** The same, ending with the link to a page of the member portal that is no company's (a forum topic). */
    public void sendAbout(String route, PortalAccount to, String kind, String subject, String... paragraphs) {
        String[] withLink = Arrays.copyOf(paragraphs, paragraphs.length + 1);
        withLink[paragraphs.length] = "Open it in the member portal: " + links.page(route);
        send(to, kind, subject, withLink);
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

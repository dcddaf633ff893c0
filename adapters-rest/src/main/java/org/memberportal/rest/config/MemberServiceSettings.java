package org.memberportal.rest.config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.ticket.TicketReplyLimit;
import org.memberportal.domain.Money;
import org.memberportal.domain.livesession.LiveSessionPricing;
import org.memberportal.domain.livesession.SessionKind;
import org.memberportal.domain.ticket.AttachmentLimits;
import org.memberportal.domain.ticket.ResponseTargets;
import org.memberportal.domain.ticket.SupportTerms;
import org.memberportal.domain.ticket.TicketPolicy;
import org.memberportal.domain.ticket.TicketPriority;

/**
 * The vendor's settings of the member services, from MicroProfile Config: who is entitled to
 * tickets (PORTAL_TICKET_POLICY), the list price of each kind of live session
 * (PORTAL_LIVE_SESSIONS_PRICE_CONFIGURATION=150.00 EUR, ...) and the discount a DISCOUNT coupon
 * gives (PORTAL_LIVE_SESSIONS_DISCOUNT_PERCENT), and how many ticket replies one member may post
 * within a window (PORTAL_TICKET_REPLIES_PER_PERSON, PORTAL_TICKET_REPLY_WINDOW).
 */
@ApplicationScoped
public class MemberServiceSettings {

    static final String PRICE_PREFIX = "portal.live-sessions.price.";
    static final String FIRST_RESPONSE_PREFIX = "portal.ticket.first-response-hours.";

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "portal.ticket.policy")
    TicketPolicy ticketPolicy;

    @Inject
    @ConfigProperty(name = "portal.live-sessions.discount-percent")
    int discountPercent;

    @Inject
    @ConfigProperty(name = "portal.ticket.replies-per-person")
    int repliesPerPerson;

    @Inject
    @ConfigProperty(name = "portal.ticket.reply-window")
    Duration replyWindow;

    @Produces
    TicketReplyLimit ticketReplyLimit() {
        return new TicketReplyLimit(repliesPerPerson, replyWindow);
    }

    @Inject
    @ConfigProperty(name = "portal.ticket.attachments.max-file-bytes")
    long maxAttachmentBytes;

    @Inject
    @ConfigProperty(name = "portal.ticket.attachments.max-per-ticket")
    int maxAttachmentsPerTicket;

    @Produces
    AttachmentLimits attachmentLimits() {
        return new AttachmentLimits(maxAttachmentBytes, maxAttachmentsPerTicket);
    }

    @Produces
    SupportTerms supportTerms() {
        return new SupportTerms(ticketPolicy, responseTargets());
    }

    /** The decided targets, each priority's hours replaced by its setting ("withPlan,withoutPlan"). */
    @Produces
    ResponseTargets responseTargets() {
        ResponseTargets targets = ResponseTargets.DECIDED;
        for (TicketPriority priority : TicketPriority.values()) {
            String key = FIRST_RESPONSE_PREFIX + priority.name();
            Optional<String> hours = config.getOptionalValue(key, String.class);
            if (hours.isPresent()) {
                String[] both = hours.get().split(",");
                try {
                    targets = targets.with(priority, new ResponseTargets.Hours(Integer.parseInt(both[0].strip()),
                            Integer.parseInt(both[both.length - 1].strip())));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(key + " must be two numbers of hours, with a plan and without: "
                            + e.getMessage(), e);
                }
            }
        }
        return targets;
    }

    @Produces
    LiveSessionPricing liveSessionPricing() {
        Map<SessionKind, Money> prices = new EnumMap<>(SessionKind.class);
        for (SessionKind kind : SessionKind.values()) {
            config.getOptionalValue(PRICE_PREFIX + kind.name(), String.class)
                    .ifPresent(price -> prices.put(kind, Money.parse(price)));
        }
        return new LiveSessionPricing(prices, discountPercent);
    }
}

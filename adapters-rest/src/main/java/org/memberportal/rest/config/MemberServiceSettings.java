package org.memberportal.rest.config;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.ticket.TicketReplyLimit;
import org.memberportal.domain.Money;
import org.memberportal.domain.livesession.LiveSessionPricing;
import org.memberportal.domain.livesession.SessionKind;
import org.memberportal.domain.ticket.TicketPolicy;

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

    @Produces
    TicketPolicy ticketPolicy() {
        return ticketPolicy;
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

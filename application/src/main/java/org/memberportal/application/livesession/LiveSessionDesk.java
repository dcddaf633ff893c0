package org.memberportal.application.livesession;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.company.Companies;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.livesession.Coupon;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.domain.livesession.LiveSessionPricing;

/**
 * Live sessions and call returns: booked by members at a price the rules give, confirmed by
 * agents. Whether a session is free is decided by the day it takes place (the preferred time, in
 * UTC) falling within the company's support period; a coupon is valid on the day of booking.
 */
@ApplicationScoped
@Transactional
public class LiveSessionDesk implements BookLiveSessionUseCase, ListLiveSessionsUseCase, ConfirmLiveSessionUseCase {

    private final LiveSessions sessions;
    private final Coupons coupons;
    private final Companies companies;
    private final Accounts accounts;
    private final MemberNotices notices;
    private final AuditTrail audit;
    private final LiveSessionPricing pricing;
    private final Clock clock;

    protected LiveSessionDesk() {
        this(null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public LiveSessionDesk(LiveSessions sessions, Coupons coupons, Companies companies, Accounts accounts,
            MemberNotices notices, AuditTrail audit, LiveSessionPricing pricing, Clock clock) {
        this.sessions = sessions;
        this.coupons = coupons;
        this.companies = companies;
        this.accounts = accounts;
        this.notices = notices;
        this.audit = audit;
        this.pricing = pricing;
        this.clock = clock;
    }

    @Override
    public LiveSession book(Caller caller, Booking booking) {
        Caller.Member member = Authorization.requireOwn(caller, Capability.BOOK_LIVE_SESSIONS);
        if (booking.kind() == null || booking.preferredAt() == null) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "Say which kind of session and the preferred time.");
        }
        Company company = companies.find(member.companyId()).orElseThrow(() -> Refusal.notFound("the company"));
        LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        Coupon coupon = booking.couponCode() == null || booking.couponCode().isBlank()
                ? null
                : usableCoupon(member, booking.couponCode(), today);
        LocalDate sessionDay = LocalDate.ofInstant(booking.preferredAt(), ZoneOffset.UTC);
        LiveSessionPricing.Quote quote = pricing.quote(booking.kind(), company, sessionDay,
                coupon == null ? null : coupon.kind());
        // a code this booking does not use up (a call return, a session free anyway) is kept for the next
        Coupon used = quote.usesCoupon() ? coupon : null;
        LiveSession session = sessions.add(Inputs.checked(() -> LiveSession.book(member, booking.kind(),
                booking.preferredAt(), quote.price(), used == null ? null : used.code(), now())));
        if (used != null) {
            redeem(used, member, session.id(), today);
        }
        audit.record(AuditEvent.of(caller, "LIVE_SESSION_BOOKED", member.companyId(), session.id(),
                session.kind() + " for " + session.price() + (used == null ? "" : " with " + used.kind()), now()));
        return session;
    }

    /** The holder's code, if they may use it today (the rules are the coupon's); an unknown code is no one's. */
    private Coupon usableCoupon(Caller.Member member, String typed, LocalDate today) {
        return couponRule(() -> {
            Coupon coupon = coupons.findByCode(Coupon.normalize(typed)).orElseThrow(Coupon.NotUsable::unknown);
            coupon.requireUsableBy(member.accountId(), member.companyId(), today);
            return coupon;
        });
    }

    /**
     * The coupon decides; the store's conditional write then settles a race with another booking
     * that used the same code since it was read.
     */
    private void redeem(Coupon coupon, Caller.Member member, String bookingId, LocalDate today) {
        couponRule(() -> {
            coupon.redeem(member.accountId(), member.companyId(), bookingId, today, now());
            if (!coupons.redeem(coupon.code(), coupon.usedFor(), coupon.usedAt())) {
                throw Coupon.NotUsable.used();
            }
            return coupon;
        });
    }

    private static Coupon couponRule(Supplier<Coupon> step) {
        try {
            return step.get();
        } catch (Coupon.NotUsable refused) {
            throw Refusal.invalid(ProblemCode.INVALID_COUPON, refused.getMessage());
        }
    }

    @Override
    public Page<LiveSession> mine(Caller caller, PageRequest page) {
        Caller.Member member = Authorization.requireOwn(caller, Capability.BOOK_LIVE_SESSIONS);
        return sessions.pageOf(member.companyId(), member.accountId(), page);
    }

    @Override
    public Page<LiveSession> all(Caller caller, LiveSession.Status status, PageRequest page) {
        Authorization.requireAgent(caller);
        return sessions.page(status, page);
    }

    @Override
    public LiveSession confirm(Caller caller, String bookingId, Instant at) {
        Authorization.requireAgent(caller);
        LiveSession session = sessions.findForAgent(bookingId).orElseThrow(() -> Refusal.notFound("the booking"));
        if (session.status() != LiveSession.Status.REQUESTED) {
            throw Refusal.conflict(ProblemCode.ALREADY_CONFIRMED, "The booking was already confirmed.");
        }
        session.confirm(at, now());
        LiveSession saved = sessions.update(session);
        accounts.find(session.accountId()).ifPresent(member -> notices.send(member, "LIVE_SESSION_CONFIRMED",
                "Your live session is confirmed",
                "your " + session.kind().name().toLowerCase().replace('_', ' ') + " session is confirmed for "
                        + saved.scheduledAt() + " (UTC).",
                "Price: " + saved.price() + "."));
        audit.record(AuditEvent.of(caller, "LIVE_SESSION_CONFIRMED", session.companyId(), session.id(),
                "for " + saved.scheduledAt(), now()));
        return saved;
    }

    private Instant now() {
        return clock.instant();
    }
}

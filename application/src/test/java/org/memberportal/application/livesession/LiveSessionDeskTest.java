package org.memberportal.application.livesession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memberportal.application.livesession.BookLiveSessionUseCase.Booking;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryCoupons;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryLiveSessions;
import org.memberportal.application.testing.Outcomes;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.Money;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.livesession.Coupon;
import org.memberportal.domain.livesession.CouponKind;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.domain.livesession.LiveSessionPricing;
import org.memberportal.domain.livesession.SessionKind;

/** Booking live sessions with the coupon codes of the profile; Acme's support period ends on 31 December 2026. */
class LiveSessionDeskTest {

    private static final Instant IN_THE_PERIOD = Instant.parse("2026-12-10T14:00:00Z");
    private static final Instant AFTER_THE_PERIOD = Instant.parse("2027-01-15T14:00:00Z");

    private final ServicesWorld world = new ServicesWorld();
    private final InMemoryCoupons coupons = new InMemoryCoupons();
    private final InMemoryLiveSessions sessions = new InMemoryLiveSessions();
    private final LiveSessionPricing pricing = new LiveSessionPricing(Map.of(
            SessionKind.INSTALLATION, Money.parse("200.00 EUR"),
            SessionKind.CONFIGURATION, Money.parse("150.00 EUR"),
            SessionKind.TRAINING, Money.parse("120.00 EUR")), 20);
    private final LiveSessionDesk desk = new LiveSessionDesk(sessions, coupons, world.companies, world.accounts,
            world.notices, world.audit, pricing, world.clock);
    private final CouponBook book = new CouponBook(coupons, new CouponIssuer(coupons), world.companies, world.clock);
    private final Caller.Member member = world.member(world.acme, BASIC);

    @Test
    void withinTheSupportPeriodSessionsAreFreeAfterItTheyCostTheListPrice() {
        LiveSession free = desk.book(member, new Booking(SessionKind.CONFIGURATION, IN_THE_PERIOD, null));
        LiveSession paid = desk.book(member, new Booking(SessionKind.CONFIGURATION, AFTER_THE_PERIOD, null));
        LiveSession callBack = desk.book(member, new Booking(SessionKind.CALL_RETURN, AFTER_THE_PERIOD, null));

        assertThat(free.price()).isEqualTo(Money.parse("0.00 EUR"));
        assertThat(paid.price()).isEqualTo(Money.parse("150.00 EUR"));
        assertThat(callBack.price()).isEqualTo(Money.parse("0.00 EUR"));
        assertThat(desk.mine(member, PageRequest.first(10)).items()).extracting(LiveSession::id)
                .containsExactlyInAnyOrder(callBack.id(), paid.id(), free.id());
    }

    @Test
    void theProfileShowsAFreeCodeDuringThePeriodThatMakesALaterSessionFree() {
        List<Coupon> codes = book.current(member);
        assertThat(book.current(member)).extracting(Coupon::code).isEqualTo(codes.stream().map(Coupon::code).toList());
        Coupon free = codes.get(0);

        LiveSession session = desk.book(member,
                new Booking(SessionKind.TRAINING, AFTER_THE_PERIOD, " " + free.code().toLowerCase() + " "));

        assertThat(codes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CouponKind.FREE);
            assertThat(c.validUntil()).isEqualTo(LocalDate.parse("2026-12-31"));
        });
        assertThat(session.price()).isEqualTo(Money.parse("0.00 EUR"));
        assertThat(session.couponCode()).isEqualTo(free.code());
        assertThat(book.current(member).get(0).isUsed()).isTrue();
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.book(member,
                new Booking(SessionKind.TRAINING, AFTER_THE_PERIOD, free.code()))).code()).isEqualTo("invalid-coupon");
    }

    @Test
    void afterThePeriodADiscountCodeTakesThePercentageOff() {
        world.clock.advance(Duration.ofDays(40)); // 7 January 2027
        Coupon discount = book.current(member).get(0);

        LiveSession session = desk.book(member, new Booking(SessionKind.INSTALLATION, AFTER_THE_PERIOD,
                discount.code()));

        assertThat(discount.kind()).isEqualTo(CouponKind.DISCOUNT);
        assertThat(discount.validUntil()).isEqualTo(LocalDate.parse("2027-12-31"));
        assertThat(session.price()).isEqualTo(Money.parse("160.00 EUR"));
    }

    @Test
    void aCodeIsTheAccountsOwnAndSomeoneElsesIsAnsweredLikeAnUnknownOne() {
        Coupon mine = book.current(member).get(0);
        Caller.Member colleague = world.member(world.acme, PRIMARY_OWNER);

        Refusal someoneElses = catchThrowableOfType(Refusal.class, () -> desk.book(colleague,
                new Booking(SessionKind.TRAINING, AFTER_THE_PERIOD, mine.code())));
        Refusal unknown = catchThrowableOfType(Refusal.class, () -> desk.book(member,
                new Booking(SessionKind.TRAINING, AFTER_THE_PERIOD, "LS-AAAA-BBBB-CCCC")));

        assertThat(someoneElses.code()).isEqualTo("invalid-coupon");
        assertThat(someoneElses.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(unknown.getMessage()).isEqualTo(someoneElses.getMessage());
        assertThat(book.current(member).get(0).isUsed()).isFalse();
        assertThat(sessions.page(null, PageRequest.first(10)).items()).isEmpty();
    }

    /** The vendor's page tells members to enter their code when they book: doing so is never an error. */
    @Test
    void theFreeCodeEnteredForAFreeSessionIsAcceptedAndUsedUpButACallReturnKeepsIt() {
        Coupon free = book.current(member).get(0);

        LiveSession callBack = desk.book(member, new Booking(SessionKind.CALL_RETURN, IN_THE_PERIOD, free.code()));
        assertThat(callBack.couponCode()).isNull();
        assertThat(book.current(member).get(0).isUsed()).isFalse();

        LiveSession training = desk.book(member, new Booking(SessionKind.TRAINING, IN_THE_PERIOD, free.code()));

        assertThat(training.price()).isEqualTo(Money.parse("0.00 EUR"));
        assertThat(training.couponCode()).isEqualTo(free.code());
        assertThat(book.current(member).get(0).isUsed()).isTrue();
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.book(member,
                new Booking(SessionKind.INSTALLATION, IN_THE_PERIOD, free.code()))).kind())
                .isEqualTo(Refusal.Kind.INVALID);
    }

    @Test
    void anExpiredCodeIsRefused() {
        Coupon free = book.current(member).get(0);
        world.clock.advance(Duration.ofDays(34)); // 1 January 2027

        assertThat(catchThrowableOfType(Refusal.class, () -> desk.book(member,
                new Booking(SessionKind.TRAINING, AFTER_THE_PERIOD, free.code()))).code()).isEqualTo("invalid-coupon");
        assertThat(book.current(member)).extracting(Coupon::kind).containsExactly(CouponKind.DISCOUNT);
    }

    @Test
    void theTimeMustBeAheadAndAgentsBookNothing() {
        assertThat(Outcomes.status(() -> desk.book(member,
                new Booking(SessionKind.TRAINING, ServicesWorld.NOW.minusSeconds(1), null)))).isEqualTo(400);
        assertThat(Outcomes.status(() -> desk.book(world.agent,
                new Booking(SessionKind.TRAINING, IN_THE_PERIOD, null)))).isEqualTo(403);
        assertThat(Outcomes.status(() -> book.current(world.agent))).isEqualTo(403);
    }

    @Test
    void agentsConfirmABookingOnceAndTheMemberIsEmailed() {
        LiveSession session = desk.book(member, new Booking(SessionKind.INSTALLATION, IN_THE_PERIOD, null));
        assertThat(desk.all(world.agent, LiveSession.Status.REQUESTED, PageRequest.first(10)).items()).hasSize(1);

        LiveSession confirmed = desk.confirm(world.agent, session.id(), null);

        assertThat(confirmed.status()).isEqualTo(LiveSession.Status.CONFIRMED);
        assertThat(confirmed.scheduledAt()).isEqualTo(IN_THE_PERIOD);
        assertThat(world.emails()).singleElement()
                .satisfies(email -> assertThat(email.kind()).isEqualTo("LIVE_SESSION_CONFIRMED"));
        assertThat(Outcomes.status(() -> desk.confirm(world.agent, session.id(), null))).isEqualTo(409);
        assertThat(Outcomes.status(() -> desk.confirm(member, session.id(), null))).isEqualTo(403);
    }
}

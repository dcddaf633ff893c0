package org.memberportal.application.livesession;

import java.time.Instant;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.domain.livesession.SessionKind;

public interface BookLiveSessionUseCase {

    /** A member books a session at a preferred time, priced by the rules, maybe with their coupon code. */
    LiveSession book(Caller caller, Booking booking);

    /** {@code couponCode} may be null. */
    record Booking(SessionKind kind, Instant preferredAt, String couponCode) {
    }
}

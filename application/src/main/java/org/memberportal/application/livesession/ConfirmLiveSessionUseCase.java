package org.memberportal.application.livesession;

import java.time.Instant;

import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.livesession.LiveSession;

public interface ConfirmLiveSessionUseCase {

    /** For agents: confirms a booking for {@code at} (null: the preferred time); the member is e-mailed. */
    LiveSession confirm(Caller caller, String bookingId, Instant at);
}

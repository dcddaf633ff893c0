package org.memberportal.application.session;

import java.time.Instant;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;

/** The second step of a login whose password was right. */
public interface SecondFactorCheck {

    /**
     * Passes when the person has no second factor on, or gives a code of it (each code once) or
     * one of their recovery codes (each once). A wrong code is a {@link Refusal} that counts as a
     * failed login; a missing one is a {@link CodeNeeded}, which does not (a client asks for the
     * code only once the portal says it needs one).
     */
    void verify(Caller who, String code, String recoveryCode, Instant now);

    /** The person has a second factor on and gave no code: ask for it. */
    final class CodeNeeded extends Refusal {
        private static final long serialVersionUID = 1L;

        public CodeNeeded() {
            super(Kind.UNAUTHENTICATED, ProblemCode.SECOND_FACTOR_REQUIRED,
                    "This account signs in with a second factor: give the code of the authenticator app.");
        }
    }
}

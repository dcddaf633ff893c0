package org.memberportal.application.session;

import org.memberportal.application.secret.SecretToken;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

public interface LogInUseCase {

    /**
     * Opens a session, or refuses with one answer for every cause (unknown, wrong, inactive), or,
     * while failures make this account wait from this client, or the account or the client has
     * reached its cap (see {@link ThrottlePolicy}), refuses to try at all.
     */
    IssuedSession logIn(LogInCommand command);

    /**
     * Who tries to log in, with what, from which client (an address, an IPv6 /64, for throttling);
     * with a code of their second factor or one of its recovery codes where they have one on (else
     * null); with the device token an earlier sign-in gave this client (else null).
     */
    record LogInCommand(String email, char[] password, String clientAddress, String code, String recoveryCode,
            String deviceToken) {
        public LogInCommand {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(clientAddress, "client address");
        }

        public LogInCommand(String email, char[] password, String clientAddress, String code, String recoveryCode) {
            this(email, password, clientAddress, code, recoveryCode, null);
        }

        public LogInCommand(String email, char[] password, String clientAddress) {
            this(email, password, clientAddress, null, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LogInCommand other && email.equals(other.email)
                    && Arrays.equals(password, other.password) && clientAddress.equals(other.clientAddress)
                    && Objects.equals(code, other.code) && Objects.equals(recoveryCode, other.recoveryCode)
                    && Objects.equals(deviceToken, other.deviceToken);
        }

        @Override
        public int hashCode() {
            return email.hashCode();
        }

        @Override
        public String toString() {
            return "LogInCommand[" + email + "]";
        }
    }

    /** The session, and the device token the client shows at its next sign-in to this account. */
    record IssuedSession(SecretToken token, Instant expiresAt, CallerProfile caller, String deviceToken) {

        public IssuedSession(SecretToken token, Instant expiresAt, CallerProfile caller) {
            this(token, expiresAt, caller, null);
        }

        IssuedSession withDeviceToken(String device) {
            return new IssuedSession(token, expiresAt, caller, device);
        }
    }
}

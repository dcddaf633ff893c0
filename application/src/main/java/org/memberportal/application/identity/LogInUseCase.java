package org.memberportal.application.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

public interface LogInUseCase {

    /** Opens a session, or refuses with one answer for every cause (unknown, wrong, inactive). */
    IssuedSession logIn(LogInCommand command);

    record LogInCommand(String email, char[] password) {
        public LogInCommand {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LogInCommand other && email.equals(other.email)
                    && Arrays.equals(password, other.password);
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

    record IssuedSession(SecretToken token, Instant expiresAt, CallerProfile caller) {
    }
}

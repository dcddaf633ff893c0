package org.memberportal.application.session;

import java.util.Arrays;
import java.util.Objects;

public interface ChangePasswordUseCase {

    /**
     * A new password for the holder of this session, under the password policy, once the current
     * one is given; a wrong current password counts as a failed login. Every other session of the
     * holder ends; this one keeps working.
     */
    void changePassword(ChangePasswordCommand command);

    record ChangePasswordCommand(String token, char[] currentPassword, char[] newPassword, String clientAddress) {
        public ChangePasswordCommand {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(currentPassword, "current password");
            Objects.requireNonNull(newPassword, "new password");
            Objects.requireNonNull(clientAddress, "client address");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ChangePasswordCommand other && token.equals(other.token)
                    && Arrays.equals(currentPassword, other.currentPassword)
                    && Arrays.equals(newPassword, other.newPassword) && clientAddress.equals(other.clientAddress);
        }

        @Override
        public int hashCode() {
            return token.hashCode();
        }

        @Override
        public String toString() {
            return "ChangePasswordCommand[" + clientAddress + "]";
        }
    }
}

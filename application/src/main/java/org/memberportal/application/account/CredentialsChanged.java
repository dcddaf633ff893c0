package org.memberportal.application.account;

import java.util.Objects;

import org.memberportal.domain.account.EmailAddress;

/**
 * A person's password or second factor changed. They are told by e-mail each time, so that a change
 * they did not make is one they hear of.
 */
public record CredentialsChanged(EmailAddress to, String fullName, Change change) {

    public CredentialsChanged {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(change, "change");
    }

    public enum Change {
        PASSWORD_CHANGED("Your password was changed", "the password of your member support portal login was changed."),
        PASSWORD_RESET("Your password was reset", "the password of your member support portal login was reset through a link sent to this address."),
        SECOND_FACTOR_ON("Two-step sign-in is on", "two-step sign-in was switched on for your member support portal login."),
        SECOND_FACTOR_OFF("Two-step sign-in is off", "two-step sign-in was switched off for your member support portal login."),
        SECOND_FACTOR_RESET("Your two-step sign-in was reset", "a support agent reset the two-step sign-in of your member support portal login; set it up again at your next sign-in.");

        private final String subject;
        private final String sentence;

        Change(String subject, String sentence) {
            this.subject = subject;
            this.sentence = sentence;
        }

        public String subject() {
            return subject;
        }

        public String sentence() {
            return sentence;
        }
    }
}

package org.memberportal.application.secondfactor;

import java.util.List;

import org.memberportal.domain.identity.Caller;

/** The caller's own second factor: enrol, confirm (on), switch off. */
public interface ManageSecondFactorUseCase {

    /**
     * Starts an enrolment with a new secret, replacing one that was started and not confirmed;
     * refused (409 {@code second-factor-on}) while one is on.
     */
    Enrolment enrol(Caller caller);

    /**
     * Switches the enrolled second factor on with a code of the caller's app, answering ten
     * single-use recovery codes, shown this once (only their hashes are kept).
     */
    List<String> confirm(Caller caller, String code);

    /**
     * Switches it off with a code of the app; refused (409 {@code second-factor-required}) for
     * whoever must have one.
     */
    void switchOff(Caller caller, String code);

    /** The secret as text and as the {@code otpauth://} URI that authenticator apps read. */
    record Enrolment(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[hidden]";
        }
    }
}

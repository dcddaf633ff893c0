package org.memberportal.application.account;

/** A forgotten password replaced through an e-mailed reset link (account life cycle 4). */
public interface ResetPasswordUseCase {

    /**
     * An active account gets a reset link, an account pending activation its activation link
     * again, any other address nothing; the caller is told none of this.
     */
    void forgotPassword(String email);

    /** Sets a new password through a reset link and ends every session of the account. */
    void resetPassword(String token, char[] password);
}

package org.memberportal.application.account;

/** A forgotten password replaced through an e-mailed reset link (account life cycle 4). */
public interface ResetPasswordUseCase {

    /**
     * An active account gets a reset link, an account pending activation one more activation
     * link (the earlier ones keep working), any other address nothing; the caller is told none of
     * this. Past a few requests per address or from one client within a while, nothing happens.
     */
    void forgotPassword(String email, String clientAddress);

    /** Sets a new password through a reset link and ends every session of the account. */
    void resetPassword(String token, char[] password);
}

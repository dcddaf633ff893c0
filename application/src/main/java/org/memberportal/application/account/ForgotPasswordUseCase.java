package org.memberportal.application.account;

/** A reset link asked for by whoever forgot a password (account life cycle 4). */
public interface ForgotPasswordUseCase {

    /**
     * An active account gets a reset link, an account pending activation one more activation
     * link (the earlier ones keep working), any other address nothing; the caller is told none of
     * this. Past a few requests per address or from one client within a while, nothing happens.
     */
    void forgotPassword(String email, String clientAddress);
}

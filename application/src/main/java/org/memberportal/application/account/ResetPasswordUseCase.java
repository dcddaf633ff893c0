package org.memberportal.application.account;

/** A forgotten password replaced through an e-mailed reset link (account life cycle 4). */
public interface ResetPasswordUseCase {

    /** Sets a new password through a reset link and ends every session of the account. */
    void resetPassword(String token, char[] password);
}

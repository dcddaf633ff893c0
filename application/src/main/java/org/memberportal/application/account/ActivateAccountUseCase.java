package org.memberportal.application.account;

public interface ActivateAccountUseCase {

    /** The person behind an activation link chooses their password; the account becomes active. */
    void activate(String token, char[] password);
}

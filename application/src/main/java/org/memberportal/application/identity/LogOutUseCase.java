package org.memberportal.application.identity;

public interface LogOutUseCase {

    /** Ends the session of this token; the token stops working at once. */
    void logOut(String token);
}

package org.memberportal.application.session;

public interface LogOutUseCase {

    /** Ends the session of this token; the token stops working at once. */
    void logOut(String token);

    /** Ends every session of this token's holder, this one included: signing out everywhere. */
    void logOutEverywhere(String token);
}

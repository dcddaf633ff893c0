package org.memberportal.application.session;

import org.memberportal.domain.identity.Caller;

public interface PasswordChangeDueUseCase {

    /** Whether this caller must choose a password of their own before doing anything else. */
    boolean mustChangePasswordFirst(Caller caller);
}

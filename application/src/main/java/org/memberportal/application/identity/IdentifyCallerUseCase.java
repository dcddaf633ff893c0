package org.memberportal.application.identity;

import java.util.Optional;

import org.memberportal.domain.identity.Caller;

public interface IdentifyCallerUseCase {

    /**
     * The caller a bearer token stands for: empty when the token is unknown, expired, revoked, or
     * its account can no longer log in.
     */
    Optional<Caller> identify(String token);
}

package org.memberportal.application.secondfactor;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.memberportal.domain.identity.SecondFactor;

/** The store of second factors, one per person (account or agent), the secrets kept encrypted. */
public interface SecondFactors {

    Optional<SecondFactor> find(String holder);

    /**
     * Stores the factor in place of the holder's (a new enrolment replaces a pending one);
     * false, storing nothing, when it changed since it was read at {@link SecondFactor#version()}:
     * of two logins with one code, or two uses of one recovery code, only one gets through.
     */
    boolean save(SecondFactor factor);

    void remove(String holder);

    /** Which of these holders have a second factor on. */
    Set<String> enabledAmong(Collection<String> holders);
}

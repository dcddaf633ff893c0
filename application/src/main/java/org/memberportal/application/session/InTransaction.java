package org.memberportal.application.session;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.memberportal.application.refusal.Refusal;

/**
 * One step of a use case in a transaction of its own, for a use case that must not hold a
 * database connection throughout: the password hash of a sign-in takes a tenth of a second of CPU,
 * and a connection held meanwhile is one that readiness and the members' work wait for. A refusal
 * still commits what the step recorded (a failed attempt counts). Outside a container (unit tests)
 * the step simply runs.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class InTransaction {

    public <T> T call(Supplier<T> step) {
        return step.get();
    }
}

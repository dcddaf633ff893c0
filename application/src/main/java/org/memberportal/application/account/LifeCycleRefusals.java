package org.memberportal.application.account;

import java.util.function.Supplier;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.LifeCycleRefusal;

/** The account life cycle's refusals in the portal's words: one kind and code for each reason. */
public final class LifeCycleRefusals {

    private LifeCycleRefusals() {
    }

    /** Runs a step of the life cycle, its refusal told in the portal's words. */
    public static void step(Runnable step) {
        answer(() -> {
            step.run();
            return null;
        });
    }

    static <T> T answer(Supplier<T> step) {
        try {
            return step.get();
        } catch (LifeCycleRefusal refused) {
            throw of(refused);
        }
    }

    static Refusal of(LifeCycleRefusal refused) {
        return switch (refused.reason()) {
            case LEVEL_NOT_GRANTABLE -> Refusal.notPermitted(refused.getMessage());
            case LAST_PRIMARY -> Refusal.conflict(ProblemCode.LAST_PRIMARY, refused.getMessage());
            case NOT_PENDING_ACTIVATION, NOT_ACTIVE -> EmailedLinks.linkGone();
            case ALREADY_A_MEMBER -> Refusal.conflict(ProblemCode.DUPLICATE_EMAIL, refused.getMessage());
        };
    }
}

package org.memberportal.application.refusal;

import java.util.function.Supplier;

/**
 * Domain checks of what a caller typed, turned into the caller's 400 with the domain's own words.
 * Only the domain's explicit refusal of an input (an IllegalArgumentException) is the caller's
 * fault; anything else is a bug and stays one.
 */
public final class Inputs {

    private Inputs() {
    }

    public static <T> T checked(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, e.getMessage());
        }
    }
}

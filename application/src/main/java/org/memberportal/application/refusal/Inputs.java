package org.memberportal.application.refusal;

import java.util.function.Supplier;

/** Domain checks of what a caller typed, turned into the caller's 400 with the domain's own words. */
public final class Inputs {

    private Inputs() {
    }

    public static <T> T checked(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid("invalid-request", e.getMessage() == null ? "Something is missing." : e.getMessage());
        }
    }
}

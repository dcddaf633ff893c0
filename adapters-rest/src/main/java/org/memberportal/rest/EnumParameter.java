package org.memberportal.rest;

import java.util.Arrays;
import java.util.Locale;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

/** A query parameter naming one of an enum's constants: absent or blank is null, a wrong name the caller's 400. */
public final class EnumParameter {

    private EnumParameter() {
    }

    public static <E extends Enum<E>> E of(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST,
                    parameter + " is one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}

package org.memberportal.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Secrets that people read aloud and type: license keys, activation codes, coupon codes. Drawn
 * from a cryptographically secure source, over 32 symbols without the look-alikes 0/O and 1/I,
 * in dash-separated groups (such as {@code 7KQ2M-XW9PD-...}). 32 symbols make 5 random bits each,
 * and {@code nextInt(32)} picks them without bias.
 */
public final class ReadableCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadableCodes() {
    }

    /** {@code groups} groups of {@code groupLength} symbols, joined by dashes. */
    public static String generate(int groups, int groupLength) {
        if (groups < 1 || groupLength < 1) {
            throw new IllegalArgumentException("a code has at least one group of one symbol");
        }
        StringBuilder code = new StringBuilder(groups * (groupLength + 1));
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < groupLength; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /** Whether {@code code} has the shape {@link #generate} gives, symbols included. */
    public static boolean hasShape(String code, int groups, int groupLength) {
        String group = "[" + ALPHABET + "]{" + groupLength + "}";
        return code != null && Pattern.matches(group + "(-" + group + "){" + (groups - 1) + "}", code);
    }
}

package org.memberportal.application.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;

/**
 * The password rules of OWASP ASVS 2.1: 12 to 128 characters, any characters, no composition
 * rules, and none of the most common passwords (the list shipped beside this class).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(char[] password) {
        int length = new String(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw Refusal.invalid(ProblemCode.WEAK_PASSWORD,
                    "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters; a passphrase of a few words is fine.");
        }
        if (COMMON.contains(new String(password).toLowerCase(Locale.ROOT))) {
            throw Refusal.invalid(ProblemCode.WEAK_PASSWORD, "That password is one of the most common ones; choose another.");
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

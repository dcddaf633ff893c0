package org.memberportal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * axe-core's script, which no webjar of Maven Central holds: the it-tests build installs it from
 * npm into {@code target/axe} before the ITs (property {@code it.axe}), read here once per test JVM.
 */
final class Axe {

    private static String source;

    private Axe() {
    }

    static synchronized String source() {
        if (source == null) {
            Path file = Path.of(System.getProperty("it.axe", "target/axe/node_modules/axe-core/axe.min.js"));
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + file
                        + ": the it-tests build installs it with npm at pre-integration-test", e);
            }
        }
        return source;
    }
}

package org.memberportal.application.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.memberportal.application.secondfactor.OneTimeCodes;
import org.memberportal.application.secondfactor.SecondFactors;
import org.memberportal.domain.identity.SecondFactor;

/** Second factors in memory, each save checked against the version it was read at, as the database does. */
public final class InMemorySecondFactors implements SecondFactors {

    private final Map<String, SecondFactor> stored = new HashMap<>();

    @Override
    public Optional<SecondFactor> find(String holder) {
        // a copy, as a read from the database is: a change counts only once saved
        return Optional.ofNullable(stored.get(holder)).map(InMemorySecondFactors::copy);
    }

    @Override
    public boolean save(SecondFactor factor) {
        SecondFactor current = stored.get(factor.holder());
        long storedVersion = current == null ? 0 : current.version();
        if (storedVersion != factor.version()) {
            return false;
        }
        stored.put(factor.holder(), SecondFactor.restore(factor.holder(), factor.secret(), factor.enabled(),
                factor.lastUsedStep(), factor.recoveryCodeHashes(), storedVersion + 1));
        return true;
    }

    @Override
    public void remove(String holder) {
        stored.remove(holder);
    }

    @Override
    public Set<String> enabledAmong(Collection<String> holders) {
        return holders.stream().filter(h -> stored.containsKey(h) && stored.get(h).enabled())
                .collect(Collectors.toSet());
    }

    private static SecondFactor copy(SecondFactor f) {
        return SecondFactor.restore(f.holder(), f.secret(), f.enabled(), f.lastUsedStep(), f.recoveryCodeHashes(),
                f.version());
    }

    /**
     * Codes a test can compute without an authenticator: the step's number, six digits, after the
     * secret's name. The real TOTP is the adapter's, tested against RFC 6238's vectors.
     */
    public static final class StepCodes implements OneTimeCodes {
        private int issued;

        @Override
        public String newSecret() {
            return "SECRET" + (++issued);
        }

        @Override
        public OptionalLong stepOf(String secret, String code, Instant at) {
            long now = at.getEpochSecond() / 30;
            for (long step = now - 1; step <= now + 1; step++) {
                if (codeOf(step).equals(code)) {
                    return OptionalLong.of(step);
                }
            }
            return OptionalLong.empty();
        }

        /** The code of the step {@code at} falls in. */
        public static String codeAt(Instant at) {
            return codeOf(at.getEpochSecond() / 30);
        }

        static String codeOf(long step) {
            return String.format("%06d", step % 1_000_000);
        }
    }
}

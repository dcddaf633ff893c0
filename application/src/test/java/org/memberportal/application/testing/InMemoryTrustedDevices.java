package org.memberportal.application.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.memberportal.application.throttle.TrustedDevices;

public final class InMemoryTrustedDevices implements TrustedDevices {

    private record Trusted(String subject, Instant expiresAt) {
    }

    private final Map<String, Trusted> byHash = new HashMap<>();

    @Override
    public void trust(String tokenHash, String subject, Instant expiresAt) {
        byHash.put(tokenHash, new Trusted(subject, expiresAt));
    }

    @Override
    public boolean trusts(String tokenHash, String subject, Instant now) {
        Trusted trusted = byHash.get(tokenHash);
        return trusted != null && trusted.subject().equals(subject) && trusted.expiresAt().isAfter(now);
    }

    @Override
    public int purgeExpired(Instant now) {
        int before = byHash.size();
        byHash.values().removeIf(trusted -> !trusted.expiresAt().isAfter(now));
        return before - byHash.size();
    }
}

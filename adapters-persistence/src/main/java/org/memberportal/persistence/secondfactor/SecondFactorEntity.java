package org.memberportal.persistence.secondfactor;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.domain.identity.SecondFactor;
import org.memberportal.persistence.mail.OutboxSecretCipher;

@Entity
@Table(name = "second_factors")
public class SecondFactorEntity {

    @Id
    String holder;

    @Column(name = "sealed_secret", nullable = false)
    String sealedSecret;

    @Column(nullable = false)
    boolean enabled;

    @Column(name = "last_used_step", nullable = false)
    long lastUsedStep;

    @Column(name = "recovery_code_hashes", nullable = false)
    String recoveryCodeHashes;

    // guarded by hand (a conditional update), not by JPA's @Version: a lost race is an answer, not an exception
    @Column(nullable = false)
    long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected SecondFactorEntity() {
    }

    static SecondFactorEntity from(SecondFactor factor, OutboxSecretCipher cipher, Instant now) {
        SecondFactorEntity entity = new SecondFactorEntity();
        entity.holder = factor.holder();
        entity.sealedSecret = cipher.seal(factor.holder(), factor.secret());
        entity.enabled = factor.enabled();
        entity.lastUsedStep = factor.lastUsedStep();
        entity.recoveryCodeHashes = joined(factor.recoveryCodeHashes());
        entity.version = 1;
        entity.createdAt = now;
        return entity;
    }

    static String joined(Set<String> hashes) {
        return hashes.stream().sorted().collect(Collectors.joining(","));
    }

    /** Empty when the secret does not open with the configured key (the key was changed). */
    java.util.Optional<SecondFactor> toDomain(OutboxSecretCipher cipher) {
        Set<String> hashes = recoveryCodeHashes.isEmpty() ? Set.of()
                : Arrays.stream(recoveryCodeHashes.split(",")).collect(Collectors.toSet());
        return cipher.open(holder, sealedSecret)
                .map(secret -> SecondFactor.restore(holder, secret, enabled, lastUsedStep, hashes, version));
    }
}

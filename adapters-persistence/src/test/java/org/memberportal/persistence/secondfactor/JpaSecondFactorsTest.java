package org.memberportal.persistence.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memberportal.domain.identity.SecondFactor;
import org.memberportal.persistence.mail.OutboxSecretCipher;
import org.memberportal.persistence.testing.TestDatabase;

/** Second factors stored with their secrets sealed, each change guarded by its version (H2 here). */
class JpaSecondFactorsTest {

    private static TestDatabase database;
    private final byte[] key = new byte[32];

    @BeforeAll
    static void start() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:second-factors;DB_CLOSE_DELAY=-1");
        database = new TestDatabase(h2);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void theSecretIsStoredSealedAndReadBack() {
        SecondFactor pending = SecondFactor.pending("agent:sealed", "JBSWY3DPEHPK3PXP");
        assertThat(saved(pending)).isTrue();

        String stored = database.inTransaction(em -> em.find(SecondFactorEntity.class, "agent:sealed").sealedSecret);
        Optional<SecondFactor> read = factors(f -> f.find("agent:sealed"));

        assertThat(stored).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(read).hasValueSatisfying(f -> {
            assertThat(f.secret()).isEqualTo("JBSWY3DPEHPK3PXP");
            assertThat(f.enabled()).isFalse();
        });
    }

    @Test
    void ofTwoChangesFromOneReadOnlyTheFirstIsStored() {
        factors(f -> f.save(SecondFactor.pending("account:race", "SECRET")));
        SecondFactor first = factors(f -> f.find("account:race")).orElseThrow();
        SecondFactor second = factors(f -> f.find("account:race")).orElseThrow();
        first.confirm(7, Set.of("a", "b"));
        second.confirm(7, Set.of("c"));

        assertThat(saved(first)).isTrue();
        assertThat(saved(second)).isFalse();

        SecondFactor stored = factors(f -> f.find("account:race")).orElseThrow();
        assertThat(stored.recoveryCodeHashes()).containsExactlyInAnyOrder("a", "b");
        assertThat(stored.lastUsedStep()).isEqualTo(7);
        Set<String> enabled = factors(f -> f.enabledAmong(List.of("account:race", "agent:none")));
        assertThat(enabled).containsExactly("account:race");
    }

    @Test
    void aSecretThatDoesNotOpenLocksRatherThanLetsIn() {
        factors(f -> f.save(SecondFactor.pending("agent:rekeyed", "SECRET")));
        byte[] otherKey = new byte[32];
        Arrays.fill(otherKey, (byte) 7);

        SecondFactor read = database.inTransaction(em -> repository(em, otherKey).find("agent:rekeyed")).orElseThrow();

        assertThat(read.acceptStep(Long.MAX_VALUE - 1)).isFalse();
    }

    private boolean saved(SecondFactor factor) {
        Boolean saved = factors(f -> f.save(factor));
        return saved;
    }

    private <T> T factors(Function<JpaSecondFactors, T> work) {
        return database.inTransaction(em -> work.apply(repository(em, key)));
    }

    private static JpaSecondFactors repository(EntityManager em, byte[] key) {
        JpaSecondFactors factors = new JpaSecondFactors();
        factors.em = em;
        factors.cipher = OutboxSecretCipher.withKey(key);
        factors.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        return factors;
    }
}

package org.memberportal.persistence.secondfactor;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.secondfactor.SecondFactors;
import org.memberportal.domain.identity.SecondFactor;
import org.memberportal.persistence.mail.OutboxSecretCipher;

/**
 * Second factors, their secrets sealed with the key that seals the outbox's link tokens: a copy
 * of the database alone opens neither.
 */
@ApplicationScoped
public class JpaSecondFactors implements SecondFactors {

    private static final Logger LOG = Logger.getLogger(JpaSecondFactors.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OutboxSecretCipher cipher;

    @Inject
    Clock clock;

    @Override
    public Optional<SecondFactor> find(String holder) {
        SecondFactorEntity row = em.find(SecondFactorEntity.class, holder);
        if (row == null) {
            return Optional.empty();
        }
        Optional<SecondFactor> factor = row.toDomain(cipher);
        if (factor.isEmpty()) {
            // locked out rather than let in without a second factor: an agent switches it off for them
            LOG.warning(() -> "The second factor of " + holder + " does not open with the configured key"
                    + " (was PORTAL_OUTBOX_KEY changed?)");
            return Optional.of(SecondFactor.restore(holder, "", row.enabled, Long.MAX_VALUE, Set.of(), row.version));
        }
        return factor;
    }

    @Override
    public boolean save(SecondFactor factor) {
        if (factor.version() == 0) {
            em.persist(SecondFactorEntity.from(factor, cipher, clock.instant()));
            em.flush();
            return true;
        }
        // one conditional update: of two parallel uses of one code, the second finds the version moved on
        int changed = rowsChanged(em.createQuery("""
                update SecondFactorEntity f
                set f.enabled = :enabled, f.lastUsedStep = :step, f.recoveryCodeHashes = :hashes,
                    f.version = f.version + 1
                where f.holder = :holder and f.version = :version""")
                .setParameter("enabled", factor.enabled())
                .setParameter("step", factor.lastUsedStep())
                .setParameter("hashes", SecondFactorEntity.joined(factor.recoveryCodeHashes()))
                .setParameter("holder", factor.holder())
                .setParameter("version", factor.version()));
        return changed == 1;
    }

    @Override
    public void remove(String holder) {
        rowsChanged(em.createQuery("delete from SecondFactorEntity f where f.holder = :holder")
                .setParameter("holder", holder));
    }

    @Override
    public Set<String> enabledAmong(Collection<String> holders) {
        if (holders.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                "select f.holder from SecondFactorEntity f where f.enabled = true and f.holder in :holders",
                String.class)
                .setParameter("holders", holders)
                .getResultList());
    }
}

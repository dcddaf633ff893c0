package org.memberportal.persistence.mail;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.memberportal.persistence.database.InstantAsUtcTimestamp;

/**
 * The outbox key generated for a database whose portal configures none, each call a transaction of
 * its own. Instances starting at once may each try to store one: the primary key lets the first
 * win, and every instance then reads the stored one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxKeyStore {

    static final String ID = "outbox";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<String> stored() {
        List<?> keys = em.createNativeQuery("select secret_key from outbox_key where id = ?1")
                .setParameter(1, ID).getResultList();
        return keys.stream().findFirst().map(String::valueOf);
    }

    /** Fails (with the database's duplicate-key error) when a key is stored already. */
    public void store(String key, Instant now) {
        rowsChanged(em.createNativeQuery("insert into outbox_key (id, secret_key, created_at) values (?1, ?2, ?3)")
                .setParameter(1, ID)
                .setParameter(2, key)
                .setParameter(3, InstantAsUtcTimestamp.column(now)));
    }
}

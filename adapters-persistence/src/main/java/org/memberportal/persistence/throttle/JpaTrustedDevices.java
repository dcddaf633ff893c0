package org.memberportal.persistence.throttle;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.throttle.TrustedDevices;

@ApplicationScoped
public class JpaTrustedDevices implements TrustedDevices {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void trust(String tokenHash, String subject, Instant expiresAt) {
        em.persist(new TrustedDeviceEntity(tokenHash, subject, expiresAt));
    }

    @Override
    public boolean trusts(String tokenHash, String subject, Instant now) {
        TrustedDeviceEntity device = em.find(TrustedDeviceEntity.class, tokenHash);
        return device != null && device.subject.equals(subject) && device.expiresAt.isAfter(now);
    }

    @Override
    public int purgeExpired(Instant now) {
        return rowsChanged(em.createQuery("delete from TrustedDeviceEntity d where d.expiresAt <= :now")
                .setParameter("now", now));
    }
}

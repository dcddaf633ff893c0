package org.memberportal.persistence.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.account.Accounts;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<PortalAccount> find(AccountId id) {
        return Optional.ofNullable(em.find(AccountEntity.class, id.value())).map(AccountEntity::toDomain);
    }

    @Override
    public Optional<PortalAccount> findByEmail(EmailAddress email) {
        return em.createQuery("select a from AccountEntity a where a.emailKey = :key", AccountEntity.class)
                .setParameter("key", email.key())
                .getResultStream()
                .findFirst()
                .map(AccountEntity::toDomain);
    }

    @Override
    public void add(PortalAccount account) {
        em.persist(AccountEntity.from(account));
    }
}

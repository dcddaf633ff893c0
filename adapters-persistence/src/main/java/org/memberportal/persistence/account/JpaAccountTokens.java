package org.memberportal.persistence.account;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.account.AccountTokens;
import org.memberportal.domain.account.AccountId;

@ApplicationScoped
public class JpaAccountTokens implements AccountTokens {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void issue(String tokenHash, AccountId account, Purpose purpose, Instant expiresAt) {
        em.persist(new AccountTokenEntity(tokenHash, account.value(), purpose, expiresAt));
    }

    @Override
    public Optional<AccountId> redeem(String tokenHash, Purpose purpose, Instant now) {
        // One conditional update both checks and uses the token: of two concurrent uses, one
        // changes the row and the other finds it used.
        int used = rowsChanged(em.createQuery("""
                update AccountTokenEntity t set t.usedAt = :now
                where t.tokenHash = :hash and t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now""")
                .setParameter("now", now)
                .setParameter("hash", tokenHash)
                .setParameter("purpose", purpose));
        if (used != 1) {
            return Optional.empty();
        }
        return em.createQuery("select t.accountId from AccountTokenEntity t where t.tokenHash = :hash", String.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst()
                .map(AccountId::new);
    }

    @Override
    public void revokeAll(AccountId account, Purpose purpose, Instant now) {
        rowsChanged(em.createQuery("""
                update AccountTokenEntity t set t.usedAt = :now
                where t.accountId = :account and t.purpose = :purpose and t.usedAt is null""")
                .setParameter("now", now)
                .setParameter("account", account.value())
                .setParameter("purpose", purpose));
    }
}

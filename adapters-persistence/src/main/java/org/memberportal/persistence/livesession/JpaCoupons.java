package org.memberportal.persistence.livesession;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.livesession.Coupons;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.livesession.Coupon;

@ApplicationScoped
public class JpaCoupons implements Coupons {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<Coupon> findByCode(String code) {
        return Optional.ofNullable(em.find(CouponEntity.class, code)).map(CouponEntity::toDomain);
    }

    @Override
    public List<Coupon> ofAccount(CompanyId company, AccountId account) {
        return em.createQuery("select c from CouponEntity c where c.companyId = :company and c.accountId = :account"
                + " order by c.issuedAt, c.code", CouponEntity.class)
                .setParameter("company", company.value())
                .setParameter("account", account.value())
                .getResultStream()
                .map(CouponEntity::toDomain)
                .toList();
    }

    @Override
    public void add(Coupon coupon) {
        em.persist(CouponEntity.from(coupon));
        em.flush(); // a second code of the kind and validity fails here, on the unique key
    }

    /**
     * "Set used where still unused": of two bookings racing for one code, the database's row lock
     * lets the second update wait for the first one's commit, then find the code used and change
     * nothing (as JpaOutbox claims rows).
     */
    @Override
    public boolean redeem(String code, String bookingId, Instant now) {
        return rowsChanged(em.createQuery("update CouponEntity c set c.usedAt = :now, c.usedFor = :booking,"
                + " c.version = c.version + 1 where c.code = :code and c.usedAt is null")
                .setParameter("now", now)
                .setParameter("booking", bookingId)
                .setParameter("code", code)) == 1;
    }
}

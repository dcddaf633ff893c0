package org.memberportal.application.livesession;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.livesession.Coupon;

/** Live-session coupon codes of the accounts. */
public interface Coupons {

    /** The code as stored (upper case); any account's: the caller checks whose it is. */
    Optional<Coupon> findByCode(String code);

    /** The account's codes, oldest first. */
    List<Coupon> ofAccount(CompanyId company, AccountId account);

    /**
     * Stores a new code. An account has at most one code of a kind and validity: a second one is
     * refused by the store (a unique key), which is how two simultaneous first reads settle.
     */
    void add(Coupon coupon);

    /**
     * Stores the use the coupon decided on ({@link Coupon#redeem}) if the stored code is still
     * unused, in one conditional write: the guard against a race, not the rule; false when another
     * booking used it first.
     */
    boolean redeem(String code, String bookingId, Instant now);
}

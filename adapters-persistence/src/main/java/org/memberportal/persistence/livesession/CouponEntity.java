package org.memberportal.persistence.livesession;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.livesession.Coupon;
import org.memberportal.domain.livesession.CouponKind;

@Entity
@Table(name = "coupons")
public class CouponEntity {

    @Id
    String code;

    @Column(name = "account_id", nullable = false, updatable = false)
    String accountId;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    CouponKind kind;

    @Column(name = "valid_until", nullable = false, updatable = false)
    LocalDate validUntil;

    @Column(name = "issued_at", nullable = false, updatable = false)
    Instant issuedAt;

    @Column(name = "used_at")
    Instant usedAt;

    @Column(name = "used_for")
    String usedFor;

    @Version
    long version;

    protected CouponEntity() {
    }

    static CouponEntity from(Coupon coupon) {
        CouponEntity entity = new CouponEntity();
        entity.code = coupon.code();
        entity.accountId = coupon.accountId().value();
        entity.companyId = coupon.companyId().value();
        entity.kind = coupon.kind();
        entity.validUntil = coupon.validUntil();
        entity.issuedAt = coupon.issuedAt();
        entity.usedAt = coupon.usedAt();
        entity.usedFor = coupon.usedFor();
        return entity;
    }

    Coupon toDomain() {
        return Coupon.restore(code, new AccountId(accountId), new CompanyId(companyId), kind, validUntil, issuedAt,
                usedAt, usedFor, version);
    }
}

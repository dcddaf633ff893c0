package org.memberportal.persistence.livesession;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.Money;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.domain.livesession.SessionKind;

@Entity
@Table(name = "live_sessions")
public class LiveSessionEntity {

    @Id
    String id;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Column(name = "account_id", nullable = false, updatable = false)
    String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    SessionKind kind;

    @Column(name = "preferred_at", nullable = false, updatable = false)
    Instant preferredAt;

    @Column(name = "price_amount", nullable = false, updatable = false)
    BigDecimal priceAmount;

    @Column(name = "price_currency", nullable = false, updatable = false)
    String priceCurrency;

    @Column(name = "coupon_code", updatable = false)
    String couponCode;

    @Column(name = "booked_at", nullable = false, updatable = false)
    Instant bookedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LiveSession.Status status;

    @Column(name = "scheduled_at")
    Instant scheduledAt;

    @Column(name = "confirmed_at")
    Instant confirmedAt;

    @Version
    long version;

    protected LiveSessionEntity() {
    }

    static LiveSessionEntity from(LiveSession session) {
        LiveSessionEntity entity = new LiveSessionEntity();
        entity.id = session.id();
        entity.companyId = session.companyId().value();
        entity.accountId = session.accountId().value();
        entity.kind = session.kind();
        entity.preferredAt = session.preferredAt();
        entity.priceAmount = session.price().amount();
        entity.priceCurrency = session.price().currency().getCurrencyCode();
        entity.couponCode = session.couponCode();
        entity.bookedAt = session.bookedAt();
        entity.copy(session);
        return entity;
    }

    void copy(LiveSession session) {
        status = session.status();
        scheduledAt = session.scheduledAt();
        confirmedAt = session.confirmedAt();
    }

    LiveSession toDomain() {
        return LiveSession.restore(id, new CompanyId(companyId), new AccountId(accountId), kind, preferredAt,
                new Money(priceAmount, Currency.getInstance(priceCurrency.strip())), couponCode, bookedAt, status,
                scheduledAt, confirmedAt, version);
    }
}

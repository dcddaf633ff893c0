package org.memberportal.application.livesession;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.company.Companies;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.livesession.Coupon;

/** The coupon codes on each active account's profile (docs/rules.md, live sessions). */
@ApplicationScoped
@Transactional
public class CouponBook implements ListCouponsUseCase {

    private final Coupons coupons;
    private final CouponIssuer issuer;
    private final Companies companies;
    private final Clock clock;

    protected CouponBook() {
        this(null, null, null, null); // for the CDI proxy
    }

    @Inject
    public CouponBook(Coupons coupons, CouponIssuer issuer, Companies companies, Clock clock) {
        this.coupons = coupons;
        this.issuer = issuer;
        this.companies = companies;
        this.clock = clock;
    }

    @Override
    public List<Coupon> current(Caller caller) {
        Caller.Member member = Authorization.requireOwn(caller, Capability.BOOK_LIVE_SESSIONS);
        Company company = companies.find(member.companyId()).orElseThrow(() -> Refusal.notFound("the company"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Coupon.Entitlement due = Coupon.entitlement(company, today);
        if (!hasCode(member, due)) {
            try {
                issuer.issue(Coupon.issue(member.accountId(), member.companyId(), due, clock.instant()));
            } catch (RuntimeException lostTheRace) {
                if (!hasCode(member, due)) {
                    throw lostTheRace;
                }
            }
        }
        return coupons.ofAccount(member.companyId(), member.accountId()).stream()
                .filter(c -> c.isValidOn(today))
                .toList();
    }

    private boolean hasCode(Caller.Member member, Coupon.Entitlement due) {
        return coupons.ofAccount(member.companyId(), member.accountId()).stream()
                .anyMatch(c -> c.meets(due));
    }
}

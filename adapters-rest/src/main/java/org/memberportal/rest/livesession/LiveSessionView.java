package org.memberportal.rest.livesession;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.domain.Money;
import org.memberportal.domain.livesession.LiveSession;

/** A booking; {@code scheduledAt} is the confirmed time. */
@Schema(name = "LiveSessionView")
public record LiveSessionView(String id, String companyId, String accountId, String kind, Instant preferredAt,
        MoneyView price, String couponCode, String status, Instant bookedAt, Instant scheduledAt,
        Instant confirmedAt, long version) {

    /** Money as the API writes it: {@code {amount: "12.50", currency: "EUR"}}, the amount a decimal string. */
    public record MoneyView(String amount, String currency) {
        static MoneyView of(Money money) {
            return new MoneyView(money.plainAmount(), money.currency().getCurrencyCode());
        }
    }

    public static LiveSessionView of(LiveSession s) {
        return new LiveSessionView(s.id(), s.companyId().value(), s.accountId().value(), s.kind().name(),
                s.preferredAt(), MoneyView.of(s.price()), s.couponCode(), s.status().name(), s.bookedAt(),
                s.scheduledAt(), s.confirmedAt(), s.version());
    }
}

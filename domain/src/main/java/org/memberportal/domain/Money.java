package org.memberportal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, never negative, held at the currency's own number of decimals
 * (12.50 EUR, not 12.5), so that prices compare and print alike wherever they come from.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount of money cannot be negative");
        }
        // setScale refuses (ArithmeticException) an amount with more decimals than the currency has
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount.strip()), Currency.getInstance(currency.strip()));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too many decimals for " + currency + ": " + amount, e);
        }
    }

    /** Parses "150.00 EUR", the form prices are configured in. */
    public static Money parse(String text) {
        String[] parts = Objects.requireNonNull(text, "money").strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("money is written as an amount and a currency code: 150.00 EUR");
        }
        return of(parts[0], parts[1]);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** This amount less {@code percent} per cent, rounded half up to the currency's decimals. */
    public Money lessPercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a discount is between 0 and 100 per cent");
        }
        BigDecimal kept = amount.multiply(BigDecimal.valueOf(100L - percent))
                .divide(BigDecimal.valueOf(100), currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return new Money(kept, currency);
    }

    /** The amount as a plain decimal string, "12.50": what the API answers. */
    public String plainAmount() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return plainAmount() + " " + currency.getCurrencyCode();
    }
}

package org.memberportal.application.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;

/**
 * What every store of raised warnings promises, the JPA one on each database and the application's
 * fake alike: a warning is open at most once per company and code, whoever raises it.
 */
public abstract class RaisedWarningsContract {

    protected static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** Runs {@code work} in a transaction of its own, as another portal instance would. */
    protected abstract <T> T inTransaction(Function<RaisedWarnings, T> work);

    /** A company that warnings may be raised for; a store that knows its companies stores one first. */
    protected CompanyId company() {
        return CompanyId.newId();
    }

    /** What the store's refusal of a warning open already must also be, beyond a failure. */
    protected void isTheRefusalOfAWarningOpenAlready(Throwable failure) {
    }

    @Test
    void aWarningOpenAlreadyIsRefusedAndOnceClearedItMayBeRaisedAgain() {
        CompanyId company = company();
        RaisedWarning first = RaisedWarning.raise(company, CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0);
        raise(first);

        assertThatThrownBy(() -> raise(RaisedWarning.raise(company, CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0)))
                .satisfies(this::isTheRefusalOfAWarningOpenAlready);
        inTransaction(warnings -> {
            warnings.raise(List.of(RaisedWarning.raise(company, CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY, T0)));
            warnings.clear(List.of(first.id()), T0.plusSeconds(60));
            return null;
        });
        raise(RaisedWarning.raise(company, CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0.plusSeconds(120)));

        assertThat(openFor(company)).extracting(RaisedWarning::warning)
                .containsExactlyInAnyOrder(CompanyWarning.COMPANY_WITHOUT_PRIMARY,
                        CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
    }

    @Test
    void aBatchHoldingAWarningOpenAlreadyRaisesNoneOfIts() {
        CompanyId company = company();
        raise(RaisedWarning.raise(company, CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0));

        assertThatThrownBy(() -> raise(RaisedWarning.raise(company, CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY, T0),
                RaisedWarning.raise(company, CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0)))
                .satisfies(this::isTheRefusalOfAWarningOpenAlready);

        assertThat(openFor(company)).extracting(RaisedWarning::warning)
                .containsExactly(CompanyWarning.COMPANY_WITHOUT_PRIMARY);
    }

    @Test
    void theOpenWarningsOfConsecutiveCompaniesAreTheirsAlone() {
        List<CompanyId> companies = List.of(company(), company(), company()).stream()
                .sorted(Comparator.comparing(CompanyId::value)).toList();
        RaisedWarning cleared = RaisedWarning.raise(companies.get(0), CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0);
        RaisedWarning first = RaisedWarning.raise(companies.get(0), CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY, T0);
        RaisedWarning between = RaisedWarning.raise(companies.get(1), CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0);
        RaisedWarning last = RaisedWarning.raise(companies.get(2), CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0);
        inTransaction(warnings -> {
            warnings.raise(List.of(cleared, first, between, last));
            warnings.clear(List.of(cleared.id()), T0.plusSeconds(60));
            return null;
        });

        List<RaisedWarning> open = inTransaction(warnings -> warnings
                .openForConsecutive(List.of(companies.get(2), companies.get(0))));

        assertThat(open).extracting(RaisedWarning::id).containsExactlyInAnyOrder(first.id(), last.id());
    }

    private List<RaisedWarning> openFor(CompanyId company) {
        return inTransaction(warnings -> warnings.openFor(company));
    }

    private void raise(RaisedWarning... warnings) {
        inTransaction(store -> {
            store.raise(List.of(warnings));
            return null;
        });
    }
}

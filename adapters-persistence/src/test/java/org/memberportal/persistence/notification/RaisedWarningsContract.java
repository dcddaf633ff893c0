package org.memberportal.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.memberportal.application.warning.RaisedWarning;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.CompanyWarning;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.testing.TestDatabase;

/** A warning is open at most once per company and code, whoever raises it (V11's open key). */
abstract class RaisedWarningsContract {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    abstract TestDatabase database();

    @Test
    void aWarningOpenAlreadyIsRefusedByTheDatabaseAndOnceClearedItMayBeRaisedAgain() {
        CompanyId company = company();
        RaisedWarning first = RaisedWarning.raise(company, CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0);
        database().inTransaction(em -> {
            warnings(em).raise(List.of(first));
            return null;
        });

        assertThatThrownBy(() -> database().inTransaction(em -> {
            warnings(em).raise(List.of(RaisedWarning.raise(company, CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0)));
            return null;
        })).satisfies(failure -> assertThat(sqlStateOf(failure)).startsWith("23"));
        database().inTransaction(em -> {
            warnings(em).raise(List.of(RaisedWarning.raise(company, CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY, T0)));
            warnings(em).clear(List.of(first.id()), T0.plusSeconds(60));
            return null;
        });
        database().inTransaction(em -> {
            warnings(em).raise(List.of(RaisedWarning.raise(company, CompanyWarning.COMPANY_WITHOUT_PRIMARY,
                    T0.plusSeconds(120))));
            return null;
        });

        List<RaisedWarning> open = database().inTransaction(em -> warnings(em).openFor(company));
        assertThat(open).extracting(RaisedWarning::warning)
                .containsExactlyInAnyOrder(CompanyWarning.COMPANY_WITHOUT_PRIMARY,
                        CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY);
    }

    @Test
    void theOpenWarningsOfConsecutiveCompaniesAreTheirsAlone() {
        List<CompanyId> companies = List.of(company(), company(), company()).stream()
                .sorted(java.util.Comparator.comparing(CompanyId::value)).toList();
        RaisedWarning cleared = RaisedWarning.raise(companies.get(0), CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0);
        RaisedWarning first = RaisedWarning.raise(companies.get(0), CompanyWarning.COMPANY_WITH_SINGLE_PRIMARY, T0);
        RaisedWarning between = RaisedWarning.raise(companies.get(1), CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0);
        RaisedWarning last = RaisedWarning.raise(companies.get(2), CompanyWarning.COMPANY_WITHOUT_PRIMARY, T0);
        database().inTransaction(em -> {
            warnings(em).raise(List.of(cleared, first, between, last));
            warnings(em).clear(List.of(cleared.id()), T0.plusSeconds(60));
            return null;
        });

        List<RaisedWarning> open = database().inTransaction(em -> warnings(em)
                .openForConsecutive(List.of(companies.get(2), companies.get(0))));

        assertThat(open).extracting(RaisedWarning::id).containsExactlyInAnyOrder(first.id(), last.id());
    }

    @Test
    void lockingACompanyForAChangeWorksInATransaction() {
        CompanyId company = company();

        database().inTransaction(em -> {
            JpaCompaniesAccess.of(em).lockForChange(company);
            return null;
        });

        Optional<Company> found = database().inTransaction(em -> JpaCompaniesAccess.of(em).find(company));
        assertThat(found).isPresent();
    }

    private CompanyId company() {
        Company company = new Company(CompanyId.newId(), "Acme", LocalDate.parse("2030-01-31"), null);
        database().inTransaction(em -> {
            JpaCompaniesAccess.of(em).add(company);
            return null;
        });
        return company.id();
    }

    private static JpaRaisedWarnings warnings(EntityManager em) {
        JpaRaisedWarnings warnings = new JpaRaisedWarnings();
        warnings.em = em;
        return warnings;
    }

    private static String sqlStateOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "none";
    }
}

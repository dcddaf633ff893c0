package org.memberportal.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.memberportal.application.warning.RaisedWarnings;
import org.memberportal.application.warning.RaisedWarningsContract;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.testing.TestDatabase;

/** The contract of raised warnings on each database, where the open key (V11) refuses a second one. */
abstract class JpaRaisedWarningsContract extends RaisedWarningsContract {

    abstract TestDatabase database();

    @Override
    protected <T> T inTransaction(Function<RaisedWarnings, T> work) {
        return database().inTransaction(JpaRaisedWarningsContract::warnings, work);
    }

    @Override
    protected CompanyId company() {
        return database().newCompany("Acme", LocalDate.parse("2030-01-31"));
    }

    @Override
    protected void isTheRefusalOfAWarningOpenAlready(Throwable failure) {
        assertThat(sqlStateOf(failure)).as("an integrity constraint violation").startsWith("23");
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

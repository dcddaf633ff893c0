package org.memberportal.persistence.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.company.JpaCompaniesAccess;
import org.memberportal.persistence.database.SchemaMigration;

/**
 * The portal's persistence unit outside the container: migrated by Flyway as at start-up, with
 * resource-local transactions standing in for the container's JTA ones.
 */
public final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    public TestDatabase(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(SchemaMigration.locations(dataSource)).load().migrate();
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        settings.put("eclipselink.logging.level", "SEVERE");
        factory = Persistence.createEntityManagerFactory("portal", settings);
    }

    /** Runs {@code work} in a transaction of its own, as a separate portal instance would. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs {@code work} on a repository made on the transaction's entity manager, as {@link #inTransaction}. */
    public <R, T> T inTransaction(Function<EntityManager, R> repository, Function<? super R, T> work) {
        return inTransaction(em -> work.apply(repository.apply(em)));
    }

    /** A company stored in a transaction of its own, for the tests whose data belongs to one. */
    public CompanyId newCompany(String name, LocalDate supportPeriodEndsOn) {
        Company company = new Company(CompanyId.newId(), name, supportPeriodEndsOn, null);
        inTransaction(em -> {
            JpaCompaniesAccess.of(em).add(company);
            return null;
        });
        return company.id();
    }

    @Override
    public void close() {
        factory.close();
    }
}

package org.memberportal.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memberportal.application.privacy.PersonalData;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.identity.SecondFactor;
import org.memberportal.persistence.testing.TestDatabase;

/** What an erasure takes away with the person (H2 here). */
class JpaPersonalDataTest {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:personal-data;DB_CLOSE_DELAY=-1");
        database = new TestDatabase(h2);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void anErasedPersonsSecondFactorGoesWithThem() {
        AccountId erased = AccountId.newId();
        AccountId other = AccountId.newId();
        for (AccountId account : List.of(erased, other)) {
            database.inTransaction(em -> em.createNativeQuery("INSERT INTO second_factors (holder, sealed_secret,"
                    + " enabled, last_used_step, recovery_code_hashes, version, created_at)"
                    + " VALUES (?1, 'v1:sealed', TRUE, 0, '', 1, CURRENT_TIMESTAMP)")
                    .setParameter(1, SecondFactor.holderOf(account)).executeUpdate());
        }

        database.inTransaction(em -> {
            JpaPersonalData data = new JpaPersonalData();
            data.em = em;
            data.erase(new PersonalData.Erasure(erased, EmailAddress.of("kim@acme.example"), null, "Kim Park",
                    "Erased person", EmailAddress.of("erased-" + erased.value() + "@erased.invalid")));
            return null;
        });

        List<Object> holders = database.inTransaction(em -> ((List<?>) em.createNativeQuery(
                "SELECT holder FROM second_factors ORDER BY holder").getResultList()).stream()
                .map(Object.class::cast).toList());
        assertThat(holders).containsExactly((Object) SecondFactor.holderOf(other));
    }
}

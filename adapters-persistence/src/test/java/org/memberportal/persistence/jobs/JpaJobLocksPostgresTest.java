package org.memberportal.persistence.jobs;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.memberportal.persistence.testing.PostgresDatabase;
import org.memberportal.persistence.testing.TestDatabase;

class JpaJobLocksPostgresTest extends JpaJobLocksContract {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    TestDatabase database() {
        return POSTGRES.database();
    }
}

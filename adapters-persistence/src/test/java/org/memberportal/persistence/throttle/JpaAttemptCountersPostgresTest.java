package org.memberportal.persistence.throttle;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.memberportal.persistence.testing.PostgresDatabase;
import org.memberportal.persistence.testing.TestDatabase;

class JpaAttemptCountersPostgresTest extends JpaAttemptCountersContract {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    TestDatabase database() {
        return POSTGRES.database();
    }
}

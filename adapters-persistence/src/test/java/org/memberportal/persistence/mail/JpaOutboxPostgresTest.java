package org.memberportal.persistence.mail;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.memberportal.persistence.testing.PostgresDatabase;
import org.memberportal.persistence.testing.TestDatabase;

class JpaOutboxPostgresTest extends JpaOutboxContract {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    TestDatabase database() {
        return POSTGRES.database();
    }
}

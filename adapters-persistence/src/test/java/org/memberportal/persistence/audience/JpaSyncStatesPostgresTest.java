package org.memberportal.persistence.audience;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.memberportal.persistence.testing.PostgresDatabase;
import org.memberportal.persistence.testing.TestDatabase;

class JpaSyncStatesPostgresTest extends JpaSyncStatesContract {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    TestDatabase database() {
        return POSTGRES.database();
    }
}

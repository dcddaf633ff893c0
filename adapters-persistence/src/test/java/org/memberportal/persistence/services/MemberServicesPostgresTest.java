package org.memberportal.persistence.services;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.memberportal.persistence.testing.PostgresDatabase;
import org.memberportal.persistence.testing.TestDatabase;

class MemberServicesPostgresTest extends JpaMemberServicesContract {

    @RegisterExtension
    static final PostgresDatabase POSTGRES = new PostgresDatabase();

    @Override
    TestDatabase database() {
        return POSTGRES.database();
    }
}

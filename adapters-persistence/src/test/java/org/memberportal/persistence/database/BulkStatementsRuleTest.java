package org.memberportal.persistence.database;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.persistence.Query;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A bulk statement whose row count is read elsewhere than in BulkStatements may read another caller's. */
@AnalyzeClasses(packages = "org.memberportal.persistence", importOptions = ImportOption.DoNotIncludeTests.class)
class BulkStatementsRuleTest {

    @ArchTest
    static final ArchRule bulkStatementsRunThroughBulkStatements = noClasses()
            .that().doNotBelongToAnyOf(BulkStatements.class)
            .should().callMethodWhere(describe("Query.executeUpdate()", (JavaCall<?> call) ->
                    call.getName().equals("executeUpdate") && call.getTargetOwner().isAssignableTo(Query.class)));
}

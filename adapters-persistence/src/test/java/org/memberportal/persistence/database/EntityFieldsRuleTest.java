package org.memberportal.persistence.database;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.persistence.Entity;

import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * In the container EclipseLink weaves its entities to track the changes their own code makes: a
 * field of a managed entity set from another class is never written to the database.
 */
@AnalyzeClasses(packages = "org.memberportal.persistence", importOptions = ImportOption.DoNotIncludeTests.class)
class EntityFieldsRuleTest {

    @ArchTest
    static final ArchRule entitiesSetTheirOwnFields = noClasses()
            .that().areNotAnnotatedWith(Entity.class)
            .should().setFieldWhere(describe("a field of an entity", (JavaFieldAccess access) ->
                    access.getTargetOwner().isAnnotatedWith(Entity.class)));
}

package org.memberportal.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The application knows the domain, the JDK and the few Jakarta annotations that mark beans and
 * transactions; no JPA, JAX-RS, Batch, Mail, JSON or Servlet type.
 */
@AnalyzeClasses(packages = "org.memberportal.application", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule applicationUsesOnlyTheDomainAndBeanAnnotations = classes()
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.memberportal.domain..", "org.memberportal.application..",
                    "jakarta.inject..", "jakarta.enterprise..", "jakarta.transaction..", "jakarta.annotation..");

    /** Packages by business concept: two that need each other both ways hold a concept in the wrong one. */
    @ArchTest
    static final ArchRule conceptsDoNotNeedEachOtherBothWays = slices()
            .matching("org.memberportal.application.(*)..")
            .should().beFreeOfCycles();
}

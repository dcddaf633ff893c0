package org.memberportal.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: it knows the JDK and itself, no framework. */
@AnalyzeClasses(packages = "org.memberportal.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes()
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.memberportal.domain..");

    /** Packages by business concept: two that need each other both ways hold a concept in the wrong one. */
    @ArchTest
    static final ArchRule conceptsDoNotNeedEachOtherBothWays = slices()
            .matching("org.memberportal.domain.(*)..")
            .should().beFreeOfCycles();
}

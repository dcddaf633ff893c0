package org.memberportal.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of the README (Modules) over the whole portal (this module sees every other one on its
 * test class path): domain <- application <- adapters, and adapters never know each other.
 */
@AnalyzeClasses(packages = "org.memberportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTest {

    @ArchTest
    static final ArchRule domainKnowsOnlyTheJdk = classes().that().resideInAPackage("org.memberportal.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.memberportal.domain..");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapterTechnology = classes()
            .that().resideInAPackage("org.memberportal.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.memberportal.domain..",
                    "org.memberportal.application..", "jakarta.inject..", "jakarta.enterprise..",
                    "jakarta.transaction..", "jakarta.annotation..");

    @ArchTest
    static final ArchRule nothingPointsBackAtTheAdapters = noClasses()
            .that().resideInAnyPackage("org.memberportal.domain..", "org.memberportal.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.memberportal.rest..",
                    "org.memberportal.persistence..", "org.memberportal.mailchimp..", "org.memberportal.batch..");

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = slices()
            .matching("org.memberportal.(rest|persistence|mailchimp|batch)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule theRestFaceReachesNoPersistenceType = noClasses()
            .that().resideInAPackage("org.memberportal.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..");
}

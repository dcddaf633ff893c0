package org.memberportal.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    /** Packages by business concept in every module: two that need each other both ways hold a concept in the wrong one. */
    @ArchTest
    static final ArchRule noModuleHasAPackageCycle = slices()
            .matching("org.memberportal.(*).(*)..")
            .should().beFreeOfCycles();

    /** Past this many, a class does several things: its reactions should listen rather than be called in turn. */
    static final int MOST_COLLABORATORS = 10;

    private static final String INJECT = "jakarta.inject.Inject";
    private static final String CONFIG_PROPERTY = "org.eclipse.microprofile.config.inject.ConfigProperty";

    @ArchTest
    static final ArchRule noClassHasMoreThanTenInjectedCollaborators = classes()
            .should(new ArchCondition<>("have at most " + MOST_COLLABORATORS + " injected collaborators") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    int constructor = type.getConstructors().stream().filter(c -> c.isAnnotatedWith(INJECT))
                            .mapToInt(ModuleArrowsTest::parameters).max().orElse(0);
                    // a setting read from configuration is a value, not a collaborator
                    long fields = type.getFields().stream()
                            .filter(f -> f.isAnnotatedWith(INJECT) && !f.isAnnotatedWith(CONFIG_PROPERTY)).count();
                    if (constructor + fields > MOST_COLLABORATORS) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " has "
                                + (constructor + fields) + " injected collaborators"));
                    }
                }
            });

    private static int parameters(JavaConstructor constructor) {
        return constructor.getRawParameterTypes().size();
    }
}

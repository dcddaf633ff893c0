package org.memberportal.rest.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every default is said once, in microprofile-config.properties: no injected setting of any module
 * carries a default of its own, and every one that must have a value finds it there.
 */
class ConfigDefaultsTest {

    @Test
    void everyInjectedSettingTakesItsDefaultFromThePropertiesFile() throws IOException {
        Properties defaults = defaults();
        List<String> settings = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.memberportal")) {
            for (JavaField field : type.getFields()) {
                field.tryGetAnnotationOfType(ConfigProperty.class).ifPresent(setting -> {
                    settings.add(setting.name());
                    assertThat(setting.defaultValue()).as(setting.name() + " in " + type.getSimpleName())
                            .isEqualTo(ConfigProperty.UNCONFIGURED_VALUE);
                    if (!field.getRawType().isEquivalentTo(Optional.class)) {
                        assertThat(defaults).as(setting.name() + " has a default").containsKey(setting.name());
                    }
                });
            }
        }
        assertThat(settings).as("the settings looked at").contains("portal.session.ttl",
                "portal.audience-sync.partitions", "portal.outbox.poll-interval");
    }

    @Test
    void everyJobsScheduleHasItsDefault() throws IOException {
        Properties defaults = defaults();
        for (String job : List.of("audience-sync", "coverage-audit")) {
            assertThat(getClass().getResource("/META-INF/batch-jobs/" + job + ".xml")).as(job).isNotNull();
            assertThat(defaults).containsKey("portal." + job + ".schedule");
        }
    }

    private static Properties defaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = ConfigDefaultsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        return defaults;
    }
}

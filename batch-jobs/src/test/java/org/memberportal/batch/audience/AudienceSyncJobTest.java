package org.memberportal.batch.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.Partition;
import org.memberportal.application.audience.MemberBatch;
import org.memberportal.application.audience.AudienceSyncSteps;

/**
 * The job XML and its artifacts agree: every artifact it names is a CDI bean of that name, and
 * dependent-scoped (Payara: @Named alone is not found under annotated discovery).
 */
class AudienceSyncJobTest {

    private static final Pattern REF = Pattern.compile("ref=\"([^\"]+)\"");

    @Test
    void everyArtifactTheJobNamesIsANamedDependentBean() throws Exception {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/batch-jobs/audience-sync.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Map<String, Class<?>> beans = namedBeans();

        Matcher refs = REF.matcher(xml);
        int count = 0;
        while (refs.find()) {
            count++;
            Class<?> bean = beans.get(refs.group(1));
            assertThat(bean).as(refs.group(1)).isNotNull();
            assertThat(bean.isAnnotationPresent(Dependent.class)).as(refs.group(1) + " is @Dependent").isTrue();
        }
        assertThat(count).isEqualTo(7);
    }

    @Test
    void aRequestedPartitionCountIsKeptWithinBounds() {
        assertThat(PushPartitions.plan("", 4)).isEqualTo(4);
        assertThat(PushPartitions.plan("1", 4)).isEqualTo(1);
        assertThat(PushPartitions.plan("99", 4)).isEqualTo(PushPartitions.MAX);
        assertThat(PushPartitions.plan("0", 4)).isEqualTo(1);
        assertThat(PushPartitions.plan("many", 3)).isEqualTo(3);
    }

    @Test
    void aPlanIsCutIntoRangesAndARestartKeepsTheFirstRunsCuts() {
        List<Partition> planned = Partition.cutAt(List.of("a0500", "a1000"));
        List<String> asked = new ArrayList<>();
        PushPartitions first = mapper(planned, asked);

        PartitionPlan plan = first.mapPartitions();

        assertThat(asked).containsExactly("3 of 500");
        assertThat(plan.getPartitions()).isEqualTo(3);
        assertThat(plan.getPartitionProperties()).extracting(p -> p.getProperty("after") + ".." + p.getProperty("upTo"))
                .containsExactly("..a0500", "a0500..a1000", "a1000..");

        // a restart: the runtime hands the step's persistent data back and calls the mapper again
        PushPartitions restarted = mapper(Partition.cutAt(List.of("a0700")), asked);
        restarted.step.setPersistentUserData(first.step.getPersistentUserData());

        assertThat(restarted.mapPartitions().getPartitionProperties())
                .extracting(p -> p.getProperty("after") + ".." + p.getProperty("upTo"))
                .containsExactly("..a0500", "a0500..a1000", "a1000..");
        assertThat(asked).as("no new plan on a restart").hasSize(1);
    }

    @Test
    void eachPartitionsChunkIsOneMailchimpBatch() throws Exception {
        PartitionPlan plan = mapper(Partition.cutAt(List.of("a0500")), new ArrayList<>()).mapPartitions();

        assertThat(plan.getPartitionProperties()).extracting(p -> p.getProperty("chunk"))
                .containsOnly(Integer.toString(MemberBatch.MAX_SIZE));
        try (InputStream in = getClass().getResourceAsStream("/META-INF/batch-jobs/audience-sync.xml")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<chunk item-count=\"#{partitionPlan['chunk']}\"");
        }
    }

    private static PushPartitions mapper(List<Partition> plan, List<String> asked) {
        PushPartitions mapper = new PushPartitions();
        mapper.requested = "3";
        mapper.configured = 4;
        mapper.sync = (AudienceSyncSteps) Proxy.newProxyInstance(AudienceSyncSteps.class.getClassLoader(),
                new Class<?>[] {AudienceSyncSteps.class}, (proxy, method, args) -> {
                    assertThat(method.getName()).isEqualTo("partitions");
                    asked.add(args[0] + " of " + args[1]);
                    return plan;
                });
        Serializable[] persistent = new Serializable[1];
        mapper.step = (StepContext) Proxy.newProxyInstance(StepContext.class.getClassLoader(),
                new Class<?>[] {StepContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPersistentUserData" -> persistent[0];
                    case "setPersistentUserData" -> persistent[0] = (Serializable) args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return mapper;
    }

    private static Map<String, Class<?>> namedBeans() throws URISyntaxException, Exception {
        Path root = Path.of(AudienceSyncJobTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        Map<String, Class<?>> beans = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, AudienceSyncJobTest.class.getClassLoader());
                Named named = type.getAnnotation(Named.class);
                if (named != null) {
                    beans.put(named.value(), type);
                }
            }
        }
        return beans;
    }
}

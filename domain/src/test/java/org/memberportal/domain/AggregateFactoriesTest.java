package org.memberportal.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * An aggregate (a domain class that storage rebuilds through {@code restore}) is made only through
 * the factory that decides its rule: no constructor reachable from another package, and no public
 * factory but the ones this table names. A new factory is added here once it checks what the
 * aggregate's rules ask of a new one; {@code restore} rebuilds what was already decided.
 */
@AnalyzeClasses(packages = "org.memberportal.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class AggregateFactoriesTest {

    private static final Map<String, Set<String>> DECIDING_FACTORIES = Map.ofEntries(
            Map.entry("account.PortalAccount", Set.of("pendingActivation")),
            Map.entry("account.AccountRequest", Set.of("open")),
            Map.entry("livesession.Coupon", Set.of("issue")),
            Map.entry("livesession.LiveSession", Set.of("book")),
            Map.entry("order.Order", Set.of("place")),
            Map.entry("license.License", Set.of("issue")),
            Map.entry("ticket.Ticket", Set.of("open")),
            Map.entry("download.DownloadRequest", Set.of("ask", "publish")),
            Map.entry("identity.SecondFactor", Set.of("pending")),
            Map.entry("notification.MailingPreferences", Set.of("defaultsFor", "storedOrDefaults")),
            Map.entry("article.Article", Set.of("write")),
            Map.entry("forum.Topic", Set.of("start")),
            Map.entry("forum.Post", Set.of("write")),
            Map.entry("notice.UpdateNotice", Set.of("write")));

    private static final DescribedPredicate<JavaClass> AGGREGATES = new DescribedPredicate<>(
            "aggregates (rebuilt from storage through restore)") {
        @Override
        public boolean test(JavaClass type) {
            return type.getMethods().stream().anyMatch(m -> m.getName().equals("restore")
                    && m.getModifiers().contains(JavaModifier.STATIC));
        }
    };

    @ArchTest
    static final ArchRule aggregatesHaveNoConstructorOthersReach = classes().that(AGGREGATES)
            .should(new ArchCondition<>("have no public or protected constructor") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    type.getConstructors().stream()
                            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                                    || c.getModifiers().contains(JavaModifier.PROTECTED))
                            .forEach(c -> events.add(SimpleConditionEvent.violated(c,
                                    c.getFullName() + " lets a caller skip the aggregate's factory")));
                }
            });

    @ArchTest
    static final ArchRule aggregatesAreMadeOnlyByTheirDecidingFactories = classes().that(AGGREGATES)
            .should(new ArchCondition<>("be made only by restore and the factories the table names") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    String name = type.getName().substring("org.memberportal.domain.".length());
                    Set<String> allowed = new TreeSet<>(DECIDING_FACTORIES.getOrDefault(name, Set.of()));
                    allowed.add("restore");
                    for (JavaMethod method : type.getMethods()) {
                        boolean factory = method.getModifiers().contains(JavaModifier.STATIC)
                                && method.getModifiers().contains(JavaModifier.PUBLIC)
                                && method.getRawReturnType().equals(type);
                        if (factory && !allowed.contains(method.getName())) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " makes an aggregate without a deciding factory's check; allowed: " + allowed));
                        }
                    }
                }
            });
}

package org.memberportal.domain.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;

/** Who sees how much of a license, and the proof that no view below Primary carries a secret. */
class LicenseDisclosureTest {

    private static final CompanyId ACME = CompanyId.newId();
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BASIC              | own   | -
            SALES_DESIGNER     | own   | LIMITED
            IT_TECH_SUPPORT    | own   | FULL
            MANAGER_SUPERVISOR | own   | FULL
            PRIMARY_OWNER      | own   | WITH_KEYS
            PRIMARY_OWNER      | other | -
            AGENT              | -     | FULL
            """)
    void theDisclosureFollowsTheCapabilities(String who, String company, String expected) {
        assertThat(LicenseDisclosure.allowedTo(caller(who, "own".equals(company) ? ACME : CompanyId.newId()), ACME)
                .map(Enum::name).orElse("-")).isEqualTo(expected);
    }

    @Property(tries = 300)
    void noViewBelowPrimaryCarriesAKeyOrAnActivationCode(@ForAll("callersBelowPrimary") Caller caller,
            @ForAll("kinds") LicenseKind kind, @ForAll @IntRange(min = 1, max = 40) int quantity,
            @ForAll @IntRange(min = 0, max = 5) int raisedBy) {
        License license = License.issue(ACME, "Suite", kind, quantity, TODAY.plusDays(quantity), Instant.EPOCH);
        if (raisedBy > 0) {
            license.raiseBy(raisedBy);
        }
        Optional<LicenseDisclosure> disclosure = LicenseDisclosure.allowedTo(caller, ACME);
        if (disclosure.isEmpty()) {
            return;
        }

        LicenseInformation view = LicenseInformation.of(disclosure.get(), license, maintenance(),
                List.of(new LicenseInformation.OrderRecord("order-1", 2, "FULFILLED", Instant.EPOCH, Instant.EPOCH)),
                TODAY);

        assertThat(view).isNotInstanceOf(LicenseInformation.WithKeys.class);
        List<String> secrets = new ArrayList<>(license.activationCodes());
        secrets.add(license.licenseKey());
        for (String text : stringsIn(view)) {
            assertThat(secrets).noneMatch(text::contains);
        }
    }

    @Test
    void aPrimarysViewHasTheKeyAndEveryCode() {
        License license = License.issue(ACME, "Suite", LicenseKind.COMPUTER, 3, TODAY, Instant.EPOCH);
        LicenseInformation view = LicenseInformation.of(
                LicenseDisclosure.allowedTo(caller("PRIMARY_OWNER", ACME), ACME).orElseThrow(), license, maintenance(),
                List.of(), TODAY);

        assertThat(view).isInstanceOfSatisfying(LicenseInformation.WithKeys.class, keyed -> {
            assertThat(keyed.licenseKey()).isEqualTo(license.licenseKey());
            assertThat(keyed.activationCodes()).isEqualTo(license.activationCodes());
        });
    }

    @Test
    void theTypesBelowPrimaryHaveNoPlaceForAKey() {
        // whatever the values: no component of these types, however deep, is named for a key or a code
        for (Class<?> type : List.of(LicenseInformation.Limited.class, LicenseInformation.Full.class)) {
            assertThat(componentNames(type)).noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("key")
                    || name.toLowerCase(Locale.ROOT).contains("code"));
        }
        assertThat(componentNames(LicenseInformation.WithKeys.class)).contains("licenseKey", "activationCodes");
    }

    @Provide
    Arbitrary<Caller> callersBelowPrimary() {
        Arbitrary<Caller> members = Arbitraries.of(PermissionLevel.BASIC, PermissionLevel.SALES_DESIGNER,
                PermissionLevel.IT_TECH_SUPPORT, PermissionLevel.MANAGER_SUPERVISOR)
                .map(level -> new Caller.Member(AccountId.newId(), ACME, level));
        Arbitrary<Caller> others = Arbitraries.of(PermissionLevel.values())
                .map(level -> new Caller.Member(AccountId.newId(), CompanyId.newId(), level));
        return Arbitraries.oneOf(members, others, Arbitraries.just(new Caller.Agent(AgentId.newId())));
    }

    @Provide
    Arbitrary<LicenseKind> kinds() {
        return Arbitraries.of(LicenseKind.class);
    }

    private static MaintenanceStatus maintenance() {
        return MaintenanceStatus.of(new Company(ACME, "Acme", TODAY, TODAY.plusYears(1)), TODAY);
    }

    private static Caller caller(String who, CompanyId company) {
        return "AGENT".equals(who)
                ? new Caller.Agent(AgentId.newId())
                : new Caller.Member(AccountId.newId(), company, PermissionLevel.valueOf(who));
    }

    /** Every string a view holds, through nested records and lists. */
    private static List<String> stringsIn(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof String text) {
            strings.add(text);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> strings.addAll(stringsIn(item)));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    strings.addAll(stringsIn(component.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value != null) {
            strings.add(value.toString());
        }
        return strings;
    }

    /** The names of a record type's components and of those of the records it holds, in lists too. */
    static List<String> componentNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
            for (Class<?> held : typesIn(component.getGenericType())) {
                if (held.isRecord()) {
                    names.addAll(componentNames(held));
                }
            }
        }
        return names;
    }

    private static List<Class<?>> typesIn(Type type) {
        List<Class<?>> types = new ArrayList<>();
        if (type instanceof Class<?> plain) {
            types.add(plain);
        } else if (type instanceof ParameterizedType generic) {
            types.addAll(typesIn(generic.getRawType()));
            for (Type argument : generic.getActualTypeArguments()) {
                types.addAll(typesIn(argument));
            }
        }
        return types;
    }
}

package org.memberportal.rest.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.Company;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseDisclosure;
import org.memberportal.domain.license.LicenseInformation;
import org.memberportal.domain.license.LicenseKind;
import org.memberportal.domain.license.MaintenanceStatus;

/** The JSON types of licenses: no type a member below Primary gets has a place for a key or a code. */
class LicenseViewsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @Test
    void onlyThePrimarysViewHasAPlaceForSecrets() {
        List<Class<?>> views = Arrays.asList(LicenseViews.LicenseView.class.getPermittedSubclasses());

        assertThat(views).containsExactlyInAnyOrder(LicenseViews.LimitedLicenseView.class,
                LicenseViews.FullLicenseView.class, LicenseViews.PrimaryLicenseView.class);
        for (Class<?> view : views) {
            boolean secret = componentNames(view).stream().map(n -> n.toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.contains("key") || n.contains("code"));
            assertThat(secret).as(view.getSimpleName()).isEqualTo(view == LicenseViews.PrimaryLicenseView.class);
        }
    }

    @Test
    void eachDisclosureBecomesItsOwnJsonType() {
        CompanyId acme = CompanyId.newId();
        License license = License.issue(acme, "Suite", LicenseKind.COMPUTER, 2, TODAY.plusYears(1), Instant.EPOCH);
        MaintenanceStatus maintenance = MaintenanceStatus.of(new Company(acme, "Acme", TODAY, null), TODAY);

        for (PermissionLevel level : List.of(PermissionLevel.SALES_DESIGNER, PermissionLevel.IT_TECH_SUPPORT,
                PermissionLevel.PRIMARY_OWNER)) {
            LicenseDisclosure disclosure = LicenseDisclosure.allowedTo(
                    new Caller.Member(AccountId.newId(), acme, level), acme).orElseThrow();
            LicenseViews.LicenseView view = LicenseViews.of(
                    LicenseInformation.of(disclosure, license, maintenance, List.of(), TODAY));

            switch (level) {
                case SALES_DESIGNER -> assertThat(view).isInstanceOf(LicenseViews.LimitedLicenseView.class);
                case IT_TECH_SUPPORT -> {
                    assertThat(view).isInstanceOf(LicenseViews.FullLicenseView.class);
                    assertThat(view.toString()).doesNotContain(license.licenseKey());
                }
                default -> assertThat(view).isInstanceOfSatisfying(LicenseViews.PrimaryLicenseView.class,
                        keyed -> assertThat(keyed.activationCodes()).isEqualTo(license.activationCodes()));
            }
        }
    }

    private static List<String> componentNames(Class<?> type) {
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

package org.memberportal.application.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.application.license.IssueLicenseUseCase.NewLicense;
import org.memberportal.application.order.OrderDesk;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryLicenses;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryOrders;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseInformation;
import org.memberportal.domain.license.LicenseKind;
import org.memberportal.domain.license.MaintenanceStatus;
import org.memberportal.domain.order.OrderLine;

class LicenseRegistryTest {

    private final ServicesWorld world = new ServicesWorld();
    private final InMemoryLicenses licenses = new InMemoryLicenses();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final LicenseRegistry registry = new LicenseRegistry(licenses, orders, world.companies, world.audit,
            world.clock);
    private final OrderDesk orderDesk = new OrderDesk(orders, licenses, world.accounts, world.notices, world.audit,
            world.clock);

    private License issue() {
        return registry.issue(world.agent, world.acme.id(),
                new NewLicense("Design Suite", LicenseKind.COMPUTER, 2, LocalDate.parse("2027-06-30")));
    }

    @Test
    void agentsIssueLicensesWithKeyAndCodes() {
        License license = issue();

        assertThat(license.activationCodes()).hasSize(2);
        assertThat(license.version()).isEqualTo(1);
        assertThat(world.audit.actions()).containsExactly("LICENSE_ISSUED");
        assertThat(catchThrowableOfType(Refusal.class, () -> registry.issue(world.member(world.acme, PRIMARY_OWNER),
                world.acme.id(), new NewLicense("X", LicenseKind.COMPUTER, 1, LocalDate.parse("2027-01-01"))))
                .kind()).isEqualTo(Refusal.Kind.NOT_PERMITTED);
        assertThat(catchThrowableOfType(Refusal.class, () -> registry.issue(world.agent, world.acme.id(),
                new NewLicense("X", LicenseKind.COMPUTER, 0, LocalDate.parse("2027-01-01")))).kind())
                .isEqualTo(Refusal.Kind.INVALID);
    }

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BASIC              | own   | 403
            SALES_DESIGNER     | own   | Limited
            IT_TECH_SUPPORT    | own   | Full
            MANAGER_SUPERVISOR | own   | Full
            PRIMARY_OWNER      | own   | WithKeys
            PRIMARY_OWNER      | other | 404
            AGENT              | -     | Full
            """)
    void eachCallerGetsTheViewTheirCapabilitiesAllow(String who, String company, String expected) {
        License license = issue();
        Caller caller = "AGENT".equals(who) ? world.agent
                : world.member("own".equals(company) ? world.acme : world.globex, PermissionLevel.valueOf(who));

        if (expected.startsWith("4")) {
            Refusal refused = catchThrowableOfType(Refusal.class,
                    () -> registry.list(caller, world.acme.id(), PageRequest.first(10)));
            assertThat(refused.kind()).isEqualTo(expected.equals("403") ? Refusal.Kind.NOT_PERMITTED
                    : Refusal.Kind.NOT_FOUND);
        } else {
            LicenseInformation view = registry.list(caller, world.acme.id(), PageRequest.first(10)).items().get(0);
            assertThat(view.getClass().getSimpleName()).isEqualTo(expected);
            assertThat(view.id()).isEqualTo(license.id());
        }
    }

    @Test
    void theFullViewHasTheMaintenanceStatusAndTheOrderHistoryOfThatLicense() {
        License license = issue();
        Caller.Member it = world.member(world.acme, IT_TECH_SUPPORT);
        orderDesk.place(it, world.acme.id(), new OrderLine.Licenses("design suite", LicenseKind.COMPUTER, 3));
        orderDesk.place(it, world.acme.id(), new OrderLine.Licenses("Other", LicenseKind.COMPUTER, 1));
        orderDesk.place(it, world.acme.id(), new OrderLine.Service("A custom report"));

        LicenseInformation.Full full = (LicenseInformation.Full) registry.list(it, world.acme.id(),
                PageRequest.first(10)).items().get(0);

        assertThat(full.id()).isEqualTo(license.id());
        assertThat(full.maintenance().state()).isEqualTo(MaintenanceStatus.State.NONE);
        assertThat(full.orderHistory()).singleElement().satisfies(o -> {
            assertThat(o.quantity()).isEqualTo(3);
            assertThat(o.status()).isEqualTo("PLACED");
        });
    }
}

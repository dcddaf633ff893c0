package org.memberportal.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryLicenses;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryOrders;
import org.memberportal.application.testing.Outcomes;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseKind;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.order.OrderLine;

class OrderDeskTest {

    private static final LocalDate EXPIRY = LocalDate.parse("2027-06-30");
    private final ServicesWorld world = new ServicesWorld();
    private final InMemoryLicenses licenses = new InMemoryLicenses();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final OrderDesk desk = new OrderDesk(orders, licenses, world.accounts, world.notices, world.audit,
            world.clock);
    private final OrderLine.Licenses fiveSeats = new OrderLine.Licenses("Suite", LicenseKind.COMPUTER, 5);
    private final OrderLine.Service report = new OrderLine.Service("A custom report");

    @ParameterizedTest(name = "{0}: licenses {1}, services {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BASIC              | 403 | 403
            SALES_DESIGNER     | 403 | 403
            IT_TECH_SUPPORT    | 200 | 200
            MANAGER_SUPERVISOR | 200 | 200
            PRIMARY_OWNER      | 200 | 200
            """)
    void whoMayOrder(PermissionLevel level, int licenseOrder, int serviceOrder) {
        Caller.Member member = world.member(world.acme, level);

        assertThat(outcome(() -> desk.place(member, world.acme.id(), fiveSeats))).isEqualTo(licenseOrder);
        assertThat(outcome(() -> desk.place(member, world.acme.id(), report))).isEqualTo(serviceOrder);
        assertThat(outcome(() -> desk.place(member, world.globex.id(), report))).isEqualTo(404);
    }

    @Test
    void agentsOrderNothing() {
        assertThat(outcome(() -> desk.place(world.agent, world.acme.id(), report))).isEqualTo(403);
    }

    @Test
    void aLicenseOrderRaisesTheLicenseThatExpiresLastAndTheOrdererIsEmailed() {
        License early = licenses.add(License.issue(world.acme.id(), "Suite", LicenseKind.COMPUTER, 2, EXPIRY,
                ServicesWorld.NOW));
        License late = licenses.add(License.issue(world.acme.id(), "SUITE", LicenseKind.COMPUTER, 1,
                EXPIRY.plusYears(1), ServicesWorld.NOW));
        Caller.Member it = world.member(world.acme, IT_TECH_SUPPORT);
        Order order = desk.place(it, world.acme.id(), fiveSeats);

        FulfilOrderUseCase.Fulfilment done = desk.fulfil(world.agent, order.id(), null);

        assertThat(done.order().status()).isEqualTo(Order.Status.FULFILLED);
        assertThat(done.license().id()).isEqualTo(late.id());
        assertThat(licenses.allOf(world.acme.id())).extracting(License::id, License::quantity)
                .containsExactlyInAnyOrder(tuple(early.id(), 2), tuple(late.id(), 6));
        assertThat(done.license().activationCodes()).hasSize(6);
        assertThat(world.emails()).singleElement().satisfies(email -> {
            assertThat(email.kind()).isEqualTo("ORDER_FULFILLED");
            assertThat(email.to()).isEqualTo(world.accountOf(it).email());
        });
        assertThat(catchThrowableOfType(Refusal.class, () -> desk.fulfil(world.agent, order.id(), null)).code())
                .isEqualTo("already-fulfilled");
    }

    @Test
    void withoutSuchALicenseFulfilmentCreatesOneAndNeedsItsExpiry() {
        Order order = desk.place(world.member(world.acme, MANAGER_SUPERVISOR), world.acme.id(),
                new OrderLine.Licenses("Server", LicenseKind.CONCURRENT_CONNECTION, 20));

        assertThat(catchThrowableOfType(Refusal.class, () -> desk.fulfil(world.agent, order.id(), null)).code())
                .isEqualTo("expiry-needed");
        License created = desk.fulfil(world.agent, order.id(), EXPIRY).license();

        assertThat(created.quantity()).isEqualTo(20);
        assertThat(created.expiresOn()).isEqualTo(EXPIRY);
        assertThat(created.activationCodes()).hasSize(1);
        assertThat(world.audit.actions()).containsSubsequence("ORDER_PLACED", "LICENSE_ISSUED", "ORDER_FULFILLED");
    }

    @Test
    void aServiceOrderIsFulfilledWithoutALicenseAndAgentsListByStatus() {
        Order service = desk.place(world.member(world.acme, PRIMARY_OWNER), world.acme.id(), report);
        desk.place(world.member(world.globex, PRIMARY_OWNER), world.globex.id(), report);

        assertThat(desk.fulfil(world.agent, service.id(), null).license()).isNull();
        assertThat(desk.all(world.agent, null, Order.Status.PLACED, PageRequest.first(10)).items()).hasSize(1);
        assertThat(desk.all(world.agent, world.acme.id(), null, PageRequest.first(10)).items()).hasSize(1);
        assertThat(outcome(() -> desk.all(world.member(world.acme, PRIMARY_OWNER), null, null,
                PageRequest.first(10)))).isEqualTo(403);
        assertThat(outcome(() -> desk.fulfil(world.agent, "no-such-order", null))).isEqualTo(404);
    }

    private static int outcome(Runnable call) {
        return Outcomes.status(call);
    }
}

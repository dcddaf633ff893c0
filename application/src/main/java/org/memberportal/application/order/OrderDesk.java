package org.memberportal.application.order;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.account.Accounts;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.license.Licenses;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.license.License;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.order.OrderLine;

/** Orders of licenses and paid services: placed by members, fulfilled by agents. */
@ApplicationScoped
@Transactional
public class OrderDesk implements PlaceOrderUseCase, ListOrdersUseCase, FulfilOrderUseCase, ListOwnOrdersUseCase {

    private final Orders orders;
    private final Licenses licenses;
    private final Accounts accounts;
    private final MemberNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    protected OrderDesk() {
        this(null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public OrderDesk(Orders orders, Licenses licenses, Accounts accounts, MemberNotices notices, AuditTrail audit,
            Clock clock) {
        this.orders = orders;
        this.licenses = licenses;
        this.accounts = accounts;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Order place(Caller caller, CompanyId company, OrderLine line) {
        Capability needed = line instanceof OrderLine.Licenses ? Capability.ORDER_LICENSES
                : Capability.ORDER_PAID_SERVICES;
        Caller.Member member = Authorization.require(caller, needed, company);
        Order order = orders.add(Order.place(company, member.accountId(), line, now()));
        audit.record(AuditEvent.of(caller, "ORDER_PLACED", company, order.id(), describe(line), now()));
        return order;
    }

    @Override
    public Page<Order> mine(Caller caller, PageRequest page) {
        Caller.Member member = Authorization.requireOwn(caller, Capability.PORTAL_ACCESS);
        return orders.placedBy(member.companyId(), member.accountId(), page);
    }

    @Override
    public Page<Order> all(Caller caller, CompanyId company, Order.Status status, PageRequest page) {
        Authorization.requireAgent(caller);
        return orders.page(company, status, page);
    }

    @Override
    public Fulfilment fulfil(Caller caller, String orderId, LocalDate newLicenseExpiresOn) {
        Authorization.requireAgent(caller);
        Order order = orders.findForAgent(orderId).orElseThrow(() -> Refusal.notFound("the order"));
        if (order.status() != Order.Status.PLACED) {
            throw Refusal.conflict(ProblemCode.ALREADY_FULFILLED, "The order was already fulfilled.");
        }
        License license = order.line() instanceof OrderLine.Licenses line
                ? supply(caller, order.companyId(), line, newLicenseExpiresOn)
                : null;
        order.fulfil(license == null ? null : license.id(), now());
        Order saved = orders.update(order);
        // a company's order is told only to whoever is active in that company now
        accounts.find(order.orderedBy(), order.companyId()).filter(PortalAccount::mayLogIn)
                .ifPresent(orderer -> notices.send(orderer, "ORDER_FULFILLED",
                "Your order was fulfilled",
                "your order (" + describe(order.line()) + ") of " + LocalDate.ofInstant(order.placedAt(), ZoneOffset.UTC)
                        + " was fulfilled.",
                license == null ? "We will be in touch about the work." : "The license of " + license.product()
                        + " now covers " + license.quantity() + ", until " + license.expiresOn() + "."));
        audit.record(AuditEvent.of(caller, "ORDER_FULFILLED", order.companyId(), order.id(),
                license == null ? null : "license " + license.id(), now()));
        return new Fulfilment(saved, license);
    }

    /** Raises the license of that product and kind that expires last, or creates one. */
    private License supply(Caller caller, CompanyId company, OrderLine.Licenses line, LocalDate newLicenseExpiresOn) {
        Optional<License> existing = licenses.allOf(company).stream()
                .filter(l -> l.isOf(line.product(), line.kind()))
                .max(Comparator.comparing(License::expiresOn).thenComparing(License::id));
        if (existing.isPresent()) {
            License license = existing.get();
            try {
                license.raiseBy(line.quantity());
            } catch (IllegalArgumentException e) {
                throw Refusal.conflict(ProblemCode.QUANTITY_LIMIT, e.getMessage());
            }
            License saved = licenses.update(license);
            audit.record(AuditEvent.of(caller, "LICENSE_RAISED", company, saved.id(),
                    "by " + line.quantity() + " to " + saved.quantity(), now()));
            return saved;
        }
        if (newLicenseExpiresOn == null) {
            throw Refusal.invalid(ProblemCode.EXPIRY_NEEDED, "The company has no " + line.kind() + " license of "
                    + line.product() + " yet: give expiresOn for the new one.");
        }
        License created = licenses.add(License.issue(company, line.product(), line.kind(), line.quantity(),
                newLicenseExpiresOn, now()));
        audit.record(AuditEvent.of(caller, "LICENSE_ISSUED", company, created.id(),
                created.product() + ", " + created.kind() + " x" + created.quantity(), now()));
        return created;
    }

    private static String describe(OrderLine line) {
        if (line instanceof OrderLine.Licenses licenses) {
            return licenses.quantity() + " " + licenses.kind() + " license(s) of " + licenses.product();
        }
        String description = ((OrderLine.Service) line).description();
        return "service: " + (description.length() > 80 ? description.substring(0, 79) + "…" : description);
    }

    private Instant now() {
        return clock.instant();
    }
}

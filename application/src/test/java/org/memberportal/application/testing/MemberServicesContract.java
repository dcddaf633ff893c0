package org.memberportal.application.testing;

import java.time.Duration;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.ticket.TicketNote;
import org.memberportal.domain.ticket.TicketPriority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.document.Documents;
import org.memberportal.application.download.DownloadRequests;
import org.memberportal.application.license.Licenses;
import org.memberportal.application.livesession.Coupons;
import org.memberportal.application.livesession.LiveSessions;
import org.memberportal.application.order.Orders;
import org.memberportal.application.ticket.TicketNumbers;
import org.memberportal.application.ticket.Tickets;
import org.memberportal.domain.Money;
import org.memberportal.domain.WebLink;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.document.Document;
import org.memberportal.domain.download.DownloadRequest;
import org.memberportal.domain.license.License;
import org.memberportal.domain.license.LicenseKind;
import org.memberportal.domain.livesession.Coupon;
import org.memberportal.domain.livesession.CouponKind;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.domain.livesession.SessionKind;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.order.OrderLine;
import org.memberportal.domain.ticket.ResponseTargets;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketDraft;
import org.memberportal.domain.ticket.TicketNumber;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.domain.ticket.TicketStatus;

/**
 * What the member services' repositories promise, the JPA ones on each database and the
 * application's fakes alike. Each test makes its own companies, so tests share a database without
 * seeing each other.
 */
public abstract class MemberServicesContract {

    protected static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    protected static final LocalDate EXPIRY = LocalDate.parse("2027-12-31");

    /** The member services' ports, as one transaction sees them. */
    public record Repositories(Tickets tickets, TicketNumbers numbers, Licenses licenses, Orders orders,
            DownloadRequests downloads, Documents documents, LiveSessions sessions, Coupons coupons) {
    }

    /**
     * Runs {@code work} in a transaction of its own, as a request on another portal instance would;
     * transactions may run at once on several threads.
     */
    protected abstract <T> T inTransaction(Function<Repositories, T> work);

    /** A company that the services may serve; a store that knows its companies stores one first. */
    protected CompanyId newCompany() {
        return CompanyId.newId();
    }

    /** Stores a member's account, for a store that knows its accounts. */
    protected void store(PortalAccount account) {
    }

    /** Stores a support agent, for a store that knows its agents. */
    protected void store(SupportAgent agent) {
    }

    private SupportAgent newAgent() {
        AgentId id = AgentId.newId();
        SupportAgent agent = new SupportAgent(id, "Agent " + id, EmailAddress.of("a" + id + "@vendor.example"), "hash");
        store(agent);
        return agent;
    }

    @Test
    void queuesHoldTheirTicketsByDueTimeAndPageByIt() {
        Member author = member(PermissionLevel.BASIC);
        SupportAgent agent = newAgent();
        Ticket low = repositories(r -> r.tickets().add(newTicket(r, author, TicketPriority.LOW)));
        Ticket urgent = repositories(r -> r.tickets().add(newTicket(r, author, TicketPriority.URGENT)));
        Ticket normal = repositories(r -> r.tickets().add(newTicket(r, author, TicketPriority.NORMAL)));
        Ticket closed = repositories(r -> r.tickets().add(newTicket(r, author, TicketPriority.HIGH)));
        repositories(r -> {
            Ticket mine = r.tickets().findForAgent(normal.id()).orElseThrow();
            mine.assignTo(agent, NOW);
            r.tickets().update(mine);
            Ticket done = r.tickets().findForAgent(closed.id()).orElseThrow();
            done.changeStatus(TicketStatus.CLOSED, NOW);
            return r.tickets().update(done);
        });

        Tickets.Queue open = new Tickets.Queue(true, false, null, author.company(), null, null);
        Page<Ticket> first = repositories(r -> r.tickets().queue(open, PageRequest.first(2)));
        Page<Ticket> second = repositories(r -> r.tickets().queue(open, new PageRequest(first.next(), 2)));

        assertThat(first.items()).extracting(Ticket::id).containsExactly(urgent.id(), normal.id());
        assertThat(second.items()).extracting(Ticket::id).containsExactly(low.id());
        assertThat(second.next()).isNull();
        assertThat(repositories(r -> r.tickets().queue(new Tickets.Queue(true, true, null, author.company(), null,
                null), PageRequest.first(10))).items()).extracting(Ticket::id).containsExactly(urgent.id(), low.id());
        assertThat(repositories(r -> r.tickets().queue(new Tickets.Queue(true, false, agent.id(), null, null, null),
                PageRequest.first(10))).items()).extracting(Ticket::id).containsExactly(normal.id());
        assertThat(repositories(r -> r.tickets().queue(new Tickets.Queue(false, false, null, author.company(), null,
                TicketPriority.HIGH), PageRequest.first(10))).items()).extracting(Ticket::id)
                .containsExactly(closed.id());
        Ticket mine = repositories(r -> r.tickets().findForAgent(normal.id()).orElseThrow());
        assertThat(mine.assigneeId()).contains(agent.id());
        assertThat(mine.firstResponseDueAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));

        int released1 = repositories(r -> r.tickets().unassignAllOf(agent.id(), NOW));
        assertThat(released1).isEqualTo(1);
        Ticket released = repositories(r -> r.tickets().findForAgent(normal.id()).orElseThrow());
        assertThat(released.assigneeId()).isEmpty();
        assertThat(released.version()).isGreaterThan(mine.version());
    }

    @Test
    void notesAreKeptApartFromReplies() {
        Member author = member(PermissionLevel.BASIC);
        SupportAgent agent = newAgent();
        Ticket ticket = repositories(r -> r.tickets().add(newTicket(r, author, TicketPriority.HIGH)));

        repositories(r -> {
            r.tickets().addNote(TicketNote.of(ticket, agent.id(), "Agent", "Old build.", NOW));
            return null;
        });

        List<TicketNote> notes = repositories(r -> r.tickets().notesOf(ticket.id()));
        List<TicketReply> replies = repositories(r -> r.tickets().repliesOf(author.company(), ticket.id()));
        assertThat(notes).singleElement().satisfies(note -> assertThat(note.body()).isEqualTo("Old build."));
        assertThat(replies).isEmpty();
    }

    private <T> T repositories(Function<Repositories, T> work) {
        return inTransaction(work);
    }

    @Test
    void ticketNumbersAreUniqueUnderConcurrentInstances() throws Exception {
        int threads = 8;
        int perThread = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> drawn = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        // each draw in a transaction of its own, as separate requests on separate instances
                        drawn.add(repositories(r -> r.numbers().next()).value());
                    }
                    return drawn;
                }));
            }
            start.countDown();
            Set<Long> all = new TreeSet<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            assertThat(all).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTicketIsFoundOnlyWithinItsCompanyAndItsVersionGuardsUpdates() {
        Member author = member(PermissionLevel.BASIC);
        Ticket ticket = repositories(r -> r.tickets().add(newTicket(r, author)));

        assertThat(ticket.version()).isEqualTo(1);
        Optional<Ticket> inItsCompany = repositories(r -> r.tickets().find(author.company(), ticket.id()));
        CompanyId other = newCompany();
        Optional<Ticket> inAnother = repositories(r -> r.tickets().find(other, ticket.id()));
        assertThat(inItsCompany).isPresent();
        assertThat(inAnother).isEmpty();

        Ticket resolved = repositories(r -> {
            Ticket read = r.tickets().find(author.company(), ticket.id()).orElseThrow();
            read.changeStatus(TicketStatus.RESOLVED, NOW.plusSeconds(60));
            return r.tickets().update(read);
        });
        Ticket reread = repositories(r -> r.tickets().findForAgent(ticket.id()).orElseThrow());

        assertThat(resolved.version()).isEqualTo(2);
        assertThat(reread.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(reread.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(reread.number()).isEqualTo(ticket.number());
        assertThat(catchThrowableOfType(Refusal.class, () -> repositories(r -> r.tickets().update(ticket))).code())
                .isEqualTo("stale-version");
    }

    @Test
    void ticketListsFilterByCompanyAuthorAndStatus() {
        Member author = member(PermissionLevel.BASIC);
        Member colleague = member(author.company(), PermissionLevel.MANAGER_SUPERVISOR);
        Ticket first = repositories(r -> r.tickets().add(newTicket(r, author)));
        Ticket second = repositories(r -> r.tickets().add(newTicket(r, colleague)));
        repositories(r -> r.tickets().add(newTicket(r, member(PermissionLevel.BASIC))));
        repositories(r -> {
            Ticket read = r.tickets().findForAgent(second.id()).orElseThrow();
            read.changeStatus(TicketStatus.CLOSED, NOW);
            return r.tickets().update(read);
        });

        Page<Ticket> ofCompany = repositories(r -> r.tickets().page(
                new Tickets.Filter(author.company(), null, null), PageRequest.first(1)));
        Page<Ticket> rest = repositories(r -> r.tickets().page(
                new Tickets.Filter(author.company(), null, null), new PageRequest(ofCompany.next(), 5)));

        assertThat(ofCompany.items()).hasSize(1);
        assertThat(rest.items()).hasSize(1);
        assertThat(List.of(ofCompany.items().get(0).id(), rest.items().get(0).id()))
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(repositories(r -> r.tickets().page(new Tickets.Filter(author.company(), author.account(), null),
                PageRequest.first(10))).items()).extracting(Ticket::id).containsExactly(first.id());
        assertThat(repositories(r -> r.tickets().page(
                new Tickets.Filter(author.company(), null, TicketStatus.CLOSED), PageRequest.first(10))).items())
                .extracting(Ticket::id).containsExactly(second.id());
    }

    @Test
    void repliesAreReadInOrderAndOnlyWithTheTicketsCompany() {
        Member author = member(PermissionLevel.BASIC);
        Ticket ticket = repositories(r -> r.tickets().add(newTicket(r, author)));
        TicketReply first = new TicketReply("01000000-0000-7000-8000-000000000001", ticket.id(),
                TicketReply.AuthorKind.MEMBER, author.account().value(), "Ann", "First", NOW);
        TicketReply second = new TicketReply("01000000-0000-7000-8000-000000000002", ticket.id(),
                TicketReply.AuthorKind.AGENT, "agent-1", "Sue", "Second <b>", NOW.plusSeconds(1));
        repositories(r -> {
            r.tickets().addReply(second);
            r.tickets().addReply(first);
            return null;
        });

        List<TicketReply> replies = repositories(r -> r.tickets().repliesOf(author.company(), ticket.id()));
        CompanyId other = newCompany();
        List<TicketReply> elsewhere = repositories(r -> r.tickets().repliesOf(other, ticket.id()));
        assertThat(replies).containsExactly(first, second);
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void aLicenseKeepsItsKeyAndCodesAndGrowsWithItsVersion() {
        CompanyId company = newCompany();
        License issued = License.issue(company, "Suite", LicenseKind.COMPUTER, 3, EXPIRY, NOW);
        License stored = repositories(r -> r.licenses().add(issued));

        License raised = repositories(r -> {
            License read = r.licenses().allOf(company).get(0);
            read.raiseBy(2);
            return r.licenses().update(read);
        });
        License reread = repositories(r -> r.licenses().pageOf(company, PageRequest.first(10))).items().get(0);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.licenseKey()).isEqualTo(issued.licenseKey());
        assertThat(stored.activationCodes()).isEqualTo(issued.activationCodes());
        assertThat(raised.version()).isEqualTo(2);
        assertThat(reread.quantity()).isEqualTo(5);
        assertThat(reread.activationCodes()).hasSize(5).startsWith(issued.activationCodes().toArray(String[]::new));
        assertThat(reread.expiresOn()).isEqualTo(EXPIRY);
        CompanyId other = newCompany();
        List<License> elsewhere = repositories(r -> r.licenses().allOf(other));
        assertThat(elsewhere).isEmpty();
        assertThat(catchThrowableOfType(Refusal.class, () -> repositories(r -> r.licenses().update(stored))).code())
                .isEqualTo("stale-version");
    }

    @Test
    void bothKindsOfOrderReadBackAndListByCompanyAndStatus() {
        Member orderer = member(PermissionLevel.IT_TECH_SUPPORT);
        Order licenses = repositories(r -> r.orders().add(Order.place(orderer.company(), orderer.account(),
                new OrderLine.Licenses("Suite", LicenseKind.CONCURRENT_CONNECTION, 20), NOW)));
        Order service = repositories(r -> r.orders().add(Order.place(orderer.company(), orderer.account(),
                new OrderLine.Service("Custom report"), NOW)));
        License license = repositories(r -> r.licenses().add(License.issue(orderer.company(), "Suite",
                LicenseKind.CONCURRENT_CONNECTION, 20, EXPIRY, NOW)));
        repositories(r -> {
            Order read = r.orders().findForAgent(licenses.id()).orElseThrow();
            read.fulfil(license.id(), NOW.plusSeconds(5));
            return r.orders().update(read);
        });

        Order fulfilled = repositories(r -> r.orders().findForAgent(licenses.id()).orElseThrow());
        assertThat(fulfilled.line()).isEqualTo(new OrderLine.Licenses("Suite", LicenseKind.CONCURRENT_CONNECTION, 20));
        assertThat(fulfilled.status()).isEqualTo(Order.Status.FULFILLED);
        assertThat(fulfilled.licenseId()).isEqualTo(license.id());
        assertThat(fulfilled.version()).isEqualTo(2);
        OrderLine serviceLine = repositories(r -> r.orders().findForAgent(service.id()).orElseThrow().line());
        assertThat(serviceLine).isEqualTo(new OrderLine.Service("Custom report"));
        assertThat(repositories(r -> r.orders().page(orderer.company(), Order.Status.PLACED, PageRequest.first(10)))
                .items()).extracting(Order::id).containsExactly(service.id());
        List<Order> history = repositories(r -> r.orders().licenseOrdersOf(orderer.company()));
        assertThat(history).extracting(Order::id).containsExactly(licenses.id());
    }

    @Test
    void grantedLinksListForTheCompanyOrForTheirAsker() {
        Member asker = member(PermissionLevel.IT_TECH_SUPPORT);
        Member other = member(asker.company(), PermissionLevel.MANAGER_SUPERVISOR);
        DownloadRequest mine = repositories(r -> r.downloads().add(DownloadRequest.ask(asker.caller(), "Suite", NOW)));
        repositories(r -> r.downloads().add(DownloadRequest.ask(other.caller(), "Suite", NOW)));
        DownloadRequest pending = repositories(r -> r.downloads().add(DownloadRequest.ask(asker.caller(), "Other",
                NOW)));
        repositories(r -> {
            for (DownloadRequest request : r.downloads().page(asker.company(), null, PageRequest.first(10)).items()) {
                if (!request.id().equals(pending.id())) {
                    request.grant(new WebLink("https://downloads.vendor.example/" + request.id()), NOW);
                    r.downloads().update(request);
                }
            }
            return null;
        });

        assertThat(repositories(r -> r.downloads().granted(asker.company(), asker.account(), PageRequest.first(10)))
                .items()).singleElement().satisfies(link -> {
                    assertThat(link.id()).isEqualTo(mine.id());
                    assertThat(link.link().value()).endsWith(mine.id());
                });
        assertThat(repositories(r -> r.downloads().granted(asker.company(), null, PageRequest.first(10))).items())
                .hasSize(2);
        assertThat(repositories(r -> r.downloads().page(null, DownloadRequest.Status.REQUESTED,
                PageRequest.first(200))).items()).extracting(DownloadRequest::id).contains(pending.id());
    }

    @Test
    void aPersonAsksForAProductOnceEvenWhenTwoRequestsRaceAndACompanyLinkReachesEveryAsker() throws Exception {
        Member asker = member(PermissionLevel.IT_TECH_SUPPORT);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                String typed = i == 0 ? "Suite" : " SUITE ";
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        repositories(r -> r.downloads().add(DownloadRequest.ask(asker.caller(), typed, NOW)));
                        return "stored";
                    } catch (Refusal refusal) {
                        return refusal.code();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("stored", "already-requested");
        } finally {
            pool.shutdownNow();
        }

        DownloadRequest toCompany = repositories(r -> r.downloads().add(DownloadRequest.publish(asker.company(),
                "Toolkit", null, new WebLink("https://downloads.vendor.example/toolkit.zip"),
                new org.memberportal.domain.agent.AgentId("agent-1"), NOW)));
        Optional<DownloadRequest> own = repositories(r -> r.downloads().covering(asker.company(), asker.account(),
                "suite"));
        Optional<DownloadRequest> companys = repositories(r -> r.downloads().covering(asker.company(),
                asker.account(), "toolkit"));
        Optional<DownloadRequest> companyWide = repositories(r -> r.downloads().covering(asker.company(), null,
                "suite"));
        assertThat(own).isPresent();
        assertThat(companys).hasValueSatisfying(link -> assertThat(link.isForCompany()).isTrue());
        assertThat(companyWide).isEmpty();
        assertThat(repositories(r -> r.downloads().granted(asker.company(), asker.account(), PageRequest.first(10)))
                .items()).extracting(DownloadRequest::id).containsExactly(toCompany.id());
        assertThat(repositories(r -> r.downloads().ofAccount(asker.company(), asker.account(), PageRequest.first(10)))
                .items()).extracting(DownloadRequest::productKey).containsExactly("suite");
        List<DownloadRequest> waiting = repositories(r -> r.downloads().waiting(asker.company(), "suite"));
        assertThat(waiting).hasSize(1);
    }

    @Test
    void documentsArePublishedListedAndWithdrawn() {
        Document document = Document.publish("Update guide", "Suite", "5.2.1",
                new WebLink("https://docs.vendor.example/suite/5.2.1.pdf"), NOW);
        repositories(r -> {
            r.documents().add(document);
            return null;
        });

        assertThat(repositories(r -> r.documents().page(PageRequest.first(200))).items()).contains(document);
        boolean removed = repositories(r -> r.documents().remove(document.id()));
        boolean removedAgain = repositories(r -> r.documents().remove(document.id()));
        assertThat(removed).isTrue();
        assertThat(removedAgain).isFalse();
        assertThat(repositories(r -> r.documents().page(PageRequest.first(200))).items()).doesNotContain(document);
    }

    @Test
    void aBookingKeepsItsPriceToTheCent() {
        Member member = member(PermissionLevel.BASIC);
        LiveSession booked = repositories(r -> r.sessions().add(LiveSession.book(member.caller(),
                SessionKind.TRAINING, NOW.plusSeconds(86_400), Money.parse("79.99 EUR"), null, NOW)));
        repositories(r -> {
            LiveSession read = r.sessions().findForAgent(booked.id()).orElseThrow();
            read.confirm(null, NOW.plusSeconds(10));
            return r.sessions().update(read);
        });

        LiveSession reread = repositories(r -> r.sessions().pageOf(member.company(), member.account(),
                PageRequest.first(10))).items().get(0);
        assertThat(reread.price()).isEqualTo(Money.parse("79.99 EUR"));
        assertThat(reread.status()).isEqualTo(LiveSession.Status.CONFIRMED);
        assertThat(reread.scheduledAt()).isEqualTo(booked.preferredAt());
        assertThat(repositories(r -> r.sessions().pageOf(member.company(), AccountId.newId(), PageRequest.first(10)))
                .items()).isEmpty();
    }

    @Test
    void aPersonOfTwoCompaniesHoldsACodeOfEachForTheSamePeriod() {
        Member member = member(PermissionLevel.BASIC);
        CompanyId second = newCompany();
        Coupon.Entitlement due = new Coupon.Entitlement(CouponKind.FREE, EXPIRY);

        repositories(r -> {
            r.coupons().add(Coupon.issue(member.account(), member.company(), due, NOW));
            r.coupons().add(Coupon.issue(member.account(), second, due, NOW));
            return null;
        });

        List<Coupon> first = repositories(r -> r.coupons().ofAccount(member.company(), member.account()));
        List<Coupon> other = repositories(r -> r.coupons().ofAccount(second, member.account()));
        assertThat(first).hasSize(1);
        assertThat(other).hasSize(1);
    }

    @Test
    void anAccountHasOneCodePerKindAndValidityAndACodeIsRedeemedOnce() {
        Member member = member(PermissionLevel.BASIC);
        Coupon.Entitlement due = new Coupon.Entitlement(CouponKind.FREE, EXPIRY);
        Coupon coupon = Coupon.issue(member.account(), member.company(), due, NOW);
        repositories(r -> {
            r.coupons().add(coupon);
            return null;
        });

        Throwable second = catchThrowable(() -> repositories(r -> {
            r.coupons().add(Coupon.issue(member.account(), member.company(), due, NOW));
            return null;
        }));
        boolean first = repositories(r -> r.coupons().redeem(coupon.code(), "booking-1", NOW));
        boolean again = repositories(r -> r.coupons().redeem(coupon.code(), "booking-2", NOW));

        assertThat(second).isNotNull();
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        Coupon reread = repositories(r -> r.coupons().findByCode(coupon.code()).orElseThrow());
        assertThat(reread.usedFor()).isEqualTo("booking-1");
        List<Coupon> codes = repositories(r -> r.coupons().ofAccount(member.company(), member.account()));
        assertThat(codes).hasSize(1);
    }

    @Test
    void ofTwoSimultaneousRedemptionsOneWins() throws Exception {
        Member member = member(PermissionLevel.BASIC);
        Coupon coupon = Coupon.issue(member.account(), member.company(),
                new Coupon.Entitlement(CouponKind.DISCOUNT, EXPIRY), NOW);
        repositories(r -> {
            r.coupons().add(coupon);
            return null;
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String booking = "booking-" + i;
                Callable<Boolean> redeem = () -> {
                    start.await();
                    return repositories(r -> r.coupons().redeem(coupon.code(), booking, NOW));
                };
                tries.add(pool.submit(redeem));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> attempt : tries) {
                wins += attempt.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Member(CompanyId company, AccountId account, PermissionLevel level) {
        Caller.Member caller() {
            return new Caller.Member(account, company, level);
        }
    }

    private Member member(PermissionLevel level) {
        return member(newCompany(), level);
    }

    private Member member(CompanyId company, PermissionLevel level) {
        PortalAccount account = PortalAccount.pendingActivation(company, "Some One",
                EmailAddress.of("p" + AccountId.newId() + "@acme.example"), level, NOW);
        store(account);
        return new Member(company, account.id(), level);
    }

    private static Ticket newTicket(Repositories r, Member author) {
        return newTicket(r, author, null);
    }

    private static Ticket newTicket(Repositories r, Member author, TicketPriority priority) {
        TicketNumber number = r.numbers().next();
        return Ticket.open(number, author.caller(), "Ann Author", new TicketDraft("It crashes", "Details", priority),
                ResponseTargets.DECIDED.forCompany(false), NOW);
    }
}

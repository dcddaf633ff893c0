package org.memberportal.application.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.memberportal.application.document.Documents;
import org.memberportal.application.download.DownloadRequests;
import org.memberportal.application.license.Licenses;
import org.memberportal.application.livesession.Coupons;
import org.memberportal.application.livesession.LiveSessions;
import org.memberportal.application.order.Orders;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.ticket.TicketAttachments;
import org.memberportal.application.ticket.TicketNumbers;
import org.memberportal.application.ticket.Tickets;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.document.Document;
import org.memberportal.domain.download.DownloadRequest;
import org.memberportal.domain.license.License;
import org.memberportal.domain.livesession.Coupon;
import org.memberportal.domain.livesession.LiveSession;
import org.memberportal.domain.order.Order;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketNumber;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.TicketNote;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.domain.ticket.TicketStatus;

/**
 * The member services' ports held in maps, for fast tests of the application services. Like the
 * database, they give a stored object version 1 and raise it by one on each update.
 */
public final class InMemoryServicePorts {

    private InMemoryServicePorts() {
    }

    /** Keyset paging over ids, ascending or descending, as KeysetQuery does. */
    static <T> Page<T> keyset(Stream<T> rows, Function<T, String> id, boolean newestFirst, PageRequest page) {
        Comparator<T> order = Comparator.comparing(id);
        List<T> sorted = rows.sorted(newestFirst ? order.reversed() : order)
                .filter(r -> page.after() == null
                        || (newestFirst ? id.apply(r).compareTo(page.after()) < 0 : id.apply(r).compareTo(page.after()) > 0))
                .limit(page.limit() + 1L)
                .toList();
        return Page.fromOverfetched(sorted, page.limit(), id);
    }

    static void requireVersion(long stored, long read) {
        if (stored != read) {
            throw Refusal.staleVersion();
        }
    }

    public static final class InMemoryTickets implements Tickets, TicketNumbers {
        private final Map<String, Ticket> byId = new LinkedHashMap<>();
        private final Map<String, TicketReply> replies = new LinkedHashMap<>();
        private final Map<String, TicketNote> notes = new LinkedHashMap<>();
        /** The tickets' files, which {@link #attachmentsOf} lists. */
        public final InMemoryTicketAttachments files = new InMemoryTicketAttachments();

        @Override
        public List<TicketAttachment> attachmentsOf(String ticketId) {
            return files.described.values().stream().filter(a -> a.ticketId().equals(ticketId)).toList();
        }
        private final AtomicLong counter = new AtomicLong();

        @Override
        public Page<Ticket> queue(Queue q, PageRequest page) {
            Predicate<Ticket> matches = t -> (!q.openOnly() || t.status() != TicketStatus.CLOSED)
                    && (!q.unassigned() || t.assigneeId().isEmpty())
                    && (q.assignee() == null || t.assigneeId().filter(q.assignee()::equals).isPresent())
                    && (q.company() == null || t.companyId().equals(q.company()))
                    && (q.status() == null || t.status() == q.status())
                    && (q.priority() == null || t.priority() == q.priority());
            Comparator<Ticket> order = Comparator.comparing(Ticket::firstResponseDueAt).thenComparing(Ticket::id);
            QueueKey after = page.after() == null ? null : QueueKey.parse(page.after());
            List<Ticket> rows = byId.values().stream().filter(matches).sorted(order)
                    .filter(t -> after == null || t.firstResponseDueAt().isAfter(after.dueAt())
                            || (t.firstResponseDueAt().equals(after.dueAt()) && t.id().compareTo(after.id()) > 0))
                    .limit(page.limit() + 1L).map(InMemoryTickets::copy).toList();
            return Page.fromOverfetched(rows, page.limit(), t -> QueueKey.of(t).toString());
        }

        @Override
        public Awaiting awaitingFirstResponse(Instant from, Instant until, int limit) {
            List<Ticket> all = byId.values().stream().filter(Ticket::awaitsFirstResponse)
                    .filter(t -> (from == null || !t.firstResponseDueAt().isBefore(from))
                            && t.firstResponseDueAt().isBefore(until))
                    .sorted(Comparator.comparing(Ticket::firstResponseDueAt).thenComparing(Ticket::id))
                    .map(InMemoryTickets::copy).toList();
            return new Awaiting(all.stream().limit(limit).toList(), all.size());
        }

        @Override
        public int unassignAllOf(AgentId agent, Instant now) {
            List<Ticket> held = byId.values().stream().filter(t -> t.assigneeId().filter(agent::equals).isPresent())
                    .map(InMemoryTickets::copy).toList();
            held.forEach(t -> {
                t.unassign(now);
                store(t, t.version() + 1);
            });
            return held.size();
        }

        @Override
        public void addNote(TicketNote note) {
            notes.put(note.id(), note);
        }

        @Override
        public List<TicketNote> notesOf(String ticketId) {
            return notes.values().stream().filter(n -> n.ticketId().equals(ticketId))
                    .sorted(Comparator.comparing(TicketNote::id)).toList();
        }

        @Override
        public TicketNumber next() {
            return new TicketNumber(counter.incrementAndGet());
        }

        @Override
        public Ticket add(Ticket t) {
            return store(t, 1);
        }

        @Override
        public Ticket update(Ticket t) {
            requireVersion(byId.get(t.id()).version(), t.version());
            return store(t, t.version() + 1);
        }

        private Ticket store(Ticket t, long version) {
            Ticket stored = Ticket.restore(t.id(), t.number(), t.companyId(), t.authorId(), t.authorName(),
                    t.subject(), t.description(), t.priority(), t.status(), t.createdAt(), t.updatedAt(), t.handling(),
                    version);
            byId.put(t.id(), stored);
            return copy(stored);
        }

        private static Ticket copy(Ticket t) {
            return Ticket.restore(t.id(), t.number(), t.companyId(), t.authorId(), t.authorName(), t.subject(),
                    t.description(), t.priority(), t.status(), t.createdAt(), t.updatedAt(), t.handling(), t.version());
        }

        @Override
        public Optional<Ticket> find(CompanyId company, String id) {
            return findForAgent(id).filter(t -> t.companyId().equals(company));
        }

        @Override
        public Optional<Ticket> findForAgent(String id) {
            return Optional.ofNullable(byId.get(id)).map(InMemoryTickets::copy);
        }

        @Override
        public Page<Ticket> page(Filter filter, PageRequest page) {
            Predicate<Ticket> matches = t -> (filter.company() == null || t.companyId().equals(filter.company()))
                    && (filter.author() == null || t.authorId().equals(filter.author()))
                    && (filter.status() == null || t.status() == filter.status());
            return keyset(byId.values().stream().filter(matches).map(InMemoryTickets::copy), Ticket::id, true, page);
        }

        @Override
        public void addReply(TicketReply reply) {
            replies.put(reply.id(), reply);
        }

        @Override
        public List<TicketReply> repliesOf(CompanyId company, String ticketId) {
            return find(company, ticketId).isEmpty() ? List.of()
                    : replies.values().stream().filter(r -> r.ticketId().equals(ticketId))
                            .sorted(Comparator.comparing(TicketReply::id)).toList();
        }
    }

    /** Files in memory: for tests of a few bytes. */
    public static final class InMemoryTicketAttachments implements TicketAttachments {
        final Map<String, TicketAttachment> described = new LinkedHashMap<>();
        private final Map<String, byte[]> bytes = new LinkedHashMap<>();

        @Override
        public TicketAttachment store(TicketAttachment attachment, InputStream content, long maxBytes)
                throws IOException {
            byte[] read = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (read.length > maxBytes) {
                throw TicketAttachments.tooLarge(maxBytes);
            }
            TicketAttachment stored = attachment.withSize(read.length);
            described.put(stored.id(), stored);
            bytes.put(stored.id(), read);
            return stored;
        }

        @Override
        public int countOf(String ticketId) {
            return (int) described.values().stream().filter(a -> a.ticketId().equals(ticketId)).count();
        }

        @Override
        public synchronized int countHoldingTheTicket(String ticketId) {
            return countOf(ticketId);
        }

        @Override
        public Optional<TicketAttachment> find(String ticketId, String attachmentId) {
            return Optional.ofNullable(described.get(attachmentId)).filter(a -> a.ticketId().equals(ticketId));
        }

        @Override
        public void copy(String attachmentId, OutputStream out) throws IOException {
            out.write(bytes.get(attachmentId));
        }

        @Override
        public List<TicketAttachment> uploadedBy(String uploaderId) {
            return described.values().stream().filter(a -> a.uploaderId().equals(uploaderId)).toList();
        }
    }

    public static final class InMemoryLicenses implements Licenses {
        private final Map<String, License> byId = new LinkedHashMap<>();

        @Override
        public License add(License l) {
            return store(l, 1);
        }

        @Override
        public License update(License l) {
            requireVersion(byId.get(l.id()).version(), l.version());
            return store(l, l.version() + 1);
        }

        private License store(License l, long version) {
            License stored = License.restore(l.id(), l.companyId(), l.product(), l.kind(), l.quantity(), l.expiresOn(),
                    l.licenseKey(), l.activationCodes(), l.createdAt(), version);
            byId.put(l.id(), stored);
            return copy(stored);
        }

        private static License copy(License l) {
            return License.restore(l.id(), l.companyId(), l.product(), l.kind(), l.quantity(), l.expiresOn(),
                    l.licenseKey(), l.activationCodes(), l.createdAt(), l.version());
        }

        @Override
        public List<License> allOf(CompanyId company) {
            return byId.values().stream().filter(l -> l.companyId().equals(company))
                    .sorted(Comparator.comparing(License::id)).map(InMemoryLicenses::copy).toList();
        }

        @Override
        public Page<License> pageOf(CompanyId company, PageRequest page) {
            return keyset(allOf(company).stream(), License::id, false, page);
        }

        @Override
        public List<CompanyId> companiesHolding(String product) {
            return byId.values().stream().filter(l -> l.product().equalsIgnoreCase(product.strip()))
                    .map(License::companyId).distinct().toList();
        }
    }

    public static final class InMemoryOrders implements Orders {
        private final Map<String, Order> byId = new LinkedHashMap<>();

        @Override
        public Order add(Order o) {
            return store(o, 1);
        }

        @Override
        public Order update(Order o) {
            requireVersion(byId.get(o.id()).version(), o.version());
            return store(o, o.version() + 1);
        }

        private Order store(Order o, long version) {
            Order stored = Order.restore(o.id(), o.companyId(), o.orderedBy(), o.line(), o.placedAt(), o.status(),
                    o.fulfilledAt(), o.licenseId(), version);
            byId.put(o.id(), stored);
            return copy(stored);
        }

        private static Order copy(Order o) {
            return Order.restore(o.id(), o.companyId(), o.orderedBy(), o.line(), o.placedAt(), o.status(),
                    o.fulfilledAt(), o.licenseId(), o.version());
        }

        @Override
        public Optional<Order> findForAgent(String id) {
            return Optional.ofNullable(byId.get(id)).map(InMemoryOrders::copy);
        }

        @Override
        public Page<Order> page(CompanyId company, Order.Status status, PageRequest page) {
            return keyset(byId.values().stream()
                    .filter(o -> company == null || o.companyId().equals(company))
                    .filter(o -> status == null || o.status() == status)
                    .map(InMemoryOrders::copy), Order::id, false, page);
        }

        @Override
        public Page<Order> placedBy(CompanyId company, AccountId account, PageRequest page) {
            return keyset(byId.values().stream()
                    .filter(o -> o.companyId().equals(company) && o.orderedBy().equals(account))
                    .map(InMemoryOrders::copy), Order::id, true, page);
        }

        @Override
        public List<Order> licenseOrdersOf(CompanyId company) {
            return byId.values().stream()
                    .filter(o -> o.companyId().equals(company) && o.line() instanceof org.memberportal.domain.order.OrderLine.Licenses)
                    .sorted(Comparator.comparing(Order::id)).map(InMemoryOrders::copy).toList();
        }
    }

    /** One request at a time, as the unique key makes of two racing for one product. */
    public static final class InMemoryDownloadRequests implements DownloadRequests {
        private final Map<String, DownloadRequest> byId = new LinkedHashMap<>();

        @Override
        public synchronized DownloadRequest add(DownloadRequest r) {
            if (covering(r.companyId(), r.requestedBy(), r.productKey())
                    .filter(c -> java.util.Objects.equals(c.requestedBy(), r.requestedBy())).isPresent()) {
                throw Refusal.conflict(ProblemCode.ALREADY_REQUESTED, "unique key");
            }
            return store(r, 1);
        }

        @Override
        public synchronized DownloadRequest update(DownloadRequest r) {
            requireVersion(byId.get(r.id()).version(), r.version());
            return store(r, r.version() + 1);
        }

        private DownloadRequest store(DownloadRequest r, long version) {
            DownloadRequest stored = DownloadRequest.restore(r.id(), r.companyId(), r.product(), r.requestedBy(),
                    r.requestedAt(), r.status(), r.link(), r.grantedAt(), r.publishedBy(), version);
            byId.put(r.id(), stored);
            return copy(stored);
        }

        private static DownloadRequest copy(DownloadRequest r) {
            return DownloadRequest.restore(r.id(), r.companyId(), r.product(), r.requestedBy(), r.requestedAt(),
                    r.status(), r.link(), r.grantedAt(), r.publishedBy(), r.version());
        }

        @Override
        public synchronized Optional<DownloadRequest> findForAgent(String id) {
            return Optional.ofNullable(byId.get(id)).map(InMemoryDownloadRequests::copy);
        }

        @Override
        public synchronized Page<DownloadRequest> page(CompanyId company, DownloadRequest.Status status,
                PageRequest page) {
            return keyset(byId.values().stream()
                    .filter(r -> company == null || r.companyId().equals(company))
                    .filter(r -> status == null || r.status() == status)
                    .map(InMemoryDownloadRequests::copy), DownloadRequest::id, false, page);
        }

        @Override
        public synchronized Page<DownloadRequest> granted(CompanyId company, AccountId requester,
                PageRequest page) {
            return keyset(byId.values().stream()
                    .filter(r -> r.companyId().equals(company) && r.status() == DownloadRequest.Status.GRANTED)
                    .filter(r -> requester == null || r.isForCompany() || r.requestedBy().equals(requester))
                    .map(InMemoryDownloadRequests::copy), DownloadRequest::id, true, page);
        }

        @Override
        public synchronized Page<DownloadRequest> ofAccount(CompanyId company, AccountId account,
                PageRequest page) {
            return keyset(byId.values().stream()
                    .filter(r -> r.companyId().equals(company) && account.equals(r.requestedBy()))
                    .map(InMemoryDownloadRequests::copy), DownloadRequest::id, true, page);
        }

        @Override
        public synchronized Optional<DownloadRequest> covering(CompanyId company, AccountId account,
                String productKey) {
            return byId.values().stream()
                    .filter(r -> r.companyId().equals(company) && r.productKey().equals(productKey))
                    .filter(r -> r.isForCompany() || r.requestedBy().equals(account))
                    .findFirst().map(InMemoryDownloadRequests::copy);
        }

        @Override
        public synchronized List<DownloadRequest> waiting(CompanyId company, String productKey) {
            return byId.values().stream()
                    .filter(r -> r.companyId().equals(company) && r.productKey().equals(productKey))
                    .filter(r -> r.status() == DownloadRequest.Status.REQUESTED)
                    .map(InMemoryDownloadRequests::copy).toList();
        }
    }

    public static final class InMemoryDocuments implements Documents {
        private final Map<String, Document> byId = new LinkedHashMap<>();

        @Override
        public void add(Document document) {
            byId.put(document.id(), document);
        }

        @Override
        public boolean remove(String id) {
            return byId.remove(id) != null;
        }

        @Override
        public Page<Document> page(PageRequest page) {
            return keyset(byId.values().stream(), Document::id, true, page);
        }
    }

    public static final class InMemoryLiveSessions implements LiveSessions {
        private final Map<String, LiveSession> byId = new LinkedHashMap<>();

        @Override
        public LiveSession add(LiveSession s) {
            return store(s, 1);
        }

        @Override
        public LiveSession update(LiveSession s) {
            requireVersion(byId.get(s.id()).version(), s.version());
            return store(s, s.version() + 1);
        }

        private LiveSession store(LiveSession s, long version) {
            LiveSession stored = LiveSession.restore(s.id(), s.companyId(), s.accountId(), s.kind(), s.preferredAt(),
                    s.price(), s.couponCode(), s.bookedAt(), s.status(), s.scheduledAt(), s.confirmedAt(), version);
            byId.put(s.id(), stored);
            return copy(stored);
        }

        private static LiveSession copy(LiveSession s) {
            return LiveSession.restore(s.id(), s.companyId(), s.accountId(), s.kind(), s.preferredAt(), s.price(),
                    s.couponCode(), s.bookedAt(), s.status(), s.scheduledAt(), s.confirmedAt(), s.version());
        }

        @Override
        public Optional<LiveSession> findForAgent(String id) {
            return Optional.ofNullable(byId.get(id)).map(InMemoryLiveSessions::copy);
        }

        @Override
        public Page<LiveSession> pageOf(CompanyId company, AccountId account, PageRequest page) {
            return keyset(byId.values().stream()
                    .filter(s -> s.companyId().equals(company) && s.accountId().equals(account))
                    .map(InMemoryLiveSessions::copy), LiveSession::id, true, page);
        }

        @Override
        public Page<LiveSession> page(LiveSession.Status status, PageRequest page) {
            return keyset(byId.values().stream().filter(s -> status == null || s.status() == status)
                    .map(InMemoryLiveSessions::copy), LiveSession::id, false, page);
        }
    }

    /** One call at a time, as the conditional update makes of two redemptions racing. */
    public static final class InMemoryCoupons implements Coupons {
        private final Map<String, Coupon> byCode = new LinkedHashMap<>();

        @Override
        public synchronized Optional<Coupon> findByCode(String code) {
            return Optional.ofNullable(byCode.get(code)).map(InMemoryCoupons::copy);
        }

        @Override
        public synchronized List<Coupon> ofAccount(CompanyId company, AccountId account) {
            return byCode.values().stream()
                    .filter(c -> c.companyId().equals(company) && c.accountId().equals(account))
                    .map(InMemoryCoupons::copy).toList();
        }

        @Override
        public synchronized void add(Coupon coupon) {
            boolean taken = byCode.values().stream().anyMatch(c -> c.accountId().equals(coupon.accountId())
                    && c.companyId().equals(coupon.companyId()) && c.kind() == coupon.kind()
                    && c.validUntil().equals(coupon.validUntil()));
            if (taken) {
                throw new IllegalStateException("unique key: the account already has that code");
            }
            byCode.put(coupon.code(), copy(coupon));
        }

        @Override
        public synchronized boolean redeem(String code, String bookingId, Instant now) {
            Coupon coupon = byCode.get(code);
            if (coupon == null || coupon.isUsed()) {
                return false;
            }
            byCode.put(code, Coupon.restore(coupon.code(), coupon.accountId(), coupon.companyId(), coupon.kind(),
                    coupon.validUntil(), coupon.issuedAt(), now, bookingId, coupon.version() + 1));
            return true;
        }

        private static Coupon copy(Coupon c) {
            return Coupon.restore(c.code(), c.accountId(), c.companyId(), c.kind(), c.validUntil(), c.issuedAt(),
                    c.usedAt(), c.usedFor(), c.version());
        }
    }
}

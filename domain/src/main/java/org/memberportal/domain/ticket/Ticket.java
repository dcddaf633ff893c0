package org.memberportal.domain.ticket;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.Texts;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.company.CompanyId;

/**
 * A member's support ticket. Who may see and answer it is decided here: its author, the members
 * of its company whose level may see (or reply to) all of the company's tickets, and agents.
 */
public final class Ticket {

    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;

    private final String id;
    private final TicketNumber number;
    private final CompanyId companyId;
    private final AccountId authorId;
    private final String authorName;
    private final String subject;
    private final String description;
    private final TicketPriority priority;
    private final Instant createdAt;
    private TicketStatus status;
    private Instant updatedAt;
    private long version;

    private Ticket(String id, TicketNumber number, CompanyId companyId, AccountId authorId, String authorName,
            String subject, String description, TicketPriority priority, TicketStatus status, Instant createdAt,
            Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.companyId = Objects.requireNonNull(companyId, "company");
        this.authorId = Objects.requireNonNull(authorId, "author");
        this.authorName = Texts.require("the author's name", authorName, 200);
        this.subject = Texts.requireOneLine("the subject", subject, MAX_SUBJECT_LENGTH);
        this.description = Texts.require("the description", description, MAX_DESCRIPTION_LENGTH);
        this.priority = Objects.requireNonNull(priority, "priority");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updated at");
        this.version = version;
    }

    /** A new ticket of a member, OPEN. */
    public static Ticket open(TicketNumber number, Caller.Member author, String authorName, TicketDraft draft,
            Instant now) {
        return new Ticket(TimeOrderedIds.next(), number, author.companyId(), author.accountId(), authorName,
                draft.subject(), draft.description(), draft.priority(), TicketStatus.OPEN, now, now, 0);
    }

    public static Ticket restore(String id, TicketNumber number, CompanyId companyId, AccountId authorId,
            String authorName, String subject, String description, TicketPriority priority, TicketStatus status,
            Instant createdAt, Instant updatedAt, long version) {
        return new Ticket(id, number, companyId, authorId, authorName, subject, description, priority, status,
                createdAt, updatedAt, version);
    }

    public boolean isVisibleTo(Caller caller) {
        return isAuthor(caller) || caller.isAgentOrMay(Capability.SEE_COMPANY_TICKETS, companyId);
    }

    public boolean mayBeRepliedToBy(Caller caller) {
        return isAuthor(caller) || caller.isAgentOrMay(Capability.REPLY_TO_COMPANY_TICKETS, companyId);
    }

    private boolean isAuthor(Caller caller) {
        return caller instanceof Caller.Member member && member.companyId().equals(companyId)
                && member.accountId().equals(authorId);
    }

    /**
     * Records that someone replied. A closed ticket takes no more replies; a member's reply to a
     * ticket waiting for the member, or thought resolved, puts it back to the vendor (OPEN).
     */
    public void replied(Caller by, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new IllegalStateException("the ticket is closed");
        }
        if (!by.isAgent() && (status == TicketStatus.PENDING || status == TicketStatus.RESOLVED)) {
            status = TicketStatus.OPEN;
        }
        updatedAt = now;
    }

    public void changeStatus(TicketStatus newStatus, Instant now) {
        status = Objects.requireNonNull(newStatus, "status");
        updatedAt = now;
    }

    public String id() {
        return id;
    }

    public TicketNumber number() {
        return number;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public AccountId authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public TicketPriority priority() {
        return priority;
    }

    public TicketStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The ticket as the caller read it, at {@code readVersion}: saving it is refused as stale when
     * the stored ticket moved on since.
     */
    public Ticket readAt(long readVersion) {
        this.version = readVersion;
        return this;
    }

    public long version() {
        return version;
    }
}

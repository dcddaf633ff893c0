package org.memberportal.domain.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.Texts;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.agent.SupportAgent;
import org.memberportal.domain.company.CompanyId;

/**
 * A member's support ticket. Who may see and answer it is decided here: its author, the members
 * of its company whose level may see (or reply to) all of the company's tickets, and agents. So is
 * the support team's handling: the one agent it is assigned to, when its first answer is due (from
 * its priority and the company's service level) and when an agent first answered in public.
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
    private final Instant createdAt;
    private TicketPriority priority;
    private TicketStatus status;
    private AgentId assigneeId;
    private Instant firstResponseDueAt;
    private Instant firstRespondedAt;
    private Instant updatedAt;
    private long version;

    private Ticket(String id, TicketNumber number, CompanyId companyId, AccountId authorId, String authorName,
            String subject, String description, TicketPriority priority, TicketStatus status, Instant createdAt,
            Instant updatedAt, Handling handling, long version) {
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
        this.assigneeId = handling.assigneeId();
        this.firstResponseDueAt = handling.firstResponseDueAt();
        this.firstRespondedAt = handling.firstRespondedAt();
        this.version = version;
    }

    /** Who handles the ticket (null: nobody yet), when its first answer is due, and when it came (null: not yet). */
    public record Handling(AgentId assigneeId, Instant firstResponseDueAt, Instant firstRespondedAt) {
        public Handling {
            Objects.requireNonNull(firstResponseDueAt, "first response due at");
        }
    }

    /** A new ticket of a member, OPEN and unassigned; its first answer is due within the company's target. */
    public static Ticket open(TicketNumber number, Caller.Member author, String authorName, TicketDraft draft,
            ResponseTargets.ServiceLevel level, Instant now) {
        return new Ticket(TimeOrderedIds.next(), number, author.companyId(), author.accountId(), authorName,
                draft.subject(), draft.description(), draft.priority(), TicketStatus.OPEN, now, now,
                new Handling(null, now.plus(level.firstResponse(draft.priority())), null), 0);
    }

    public static Ticket restore(String id, TicketNumber number, CompanyId companyId, AccountId authorId,
            String authorName, String subject, String description, TicketPriority priority, TicketStatus status,
            Instant createdAt, Instant updatedAt, Handling handling, long version) {
        return new Ticket(id, number, companyId, authorId, authorName, subject, description, priority, status,
                createdAt, updatedAt, handling, version);
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
     * Records that someone replied in public. A closed ticket takes no more replies; a member's reply
     * to a ticket waiting for the member, or thought resolved, puts it back to the vendor (OPEN). An
     * agent's first reply is the first answer the target is about; a member's (a reminder, more
     * detail) answers nothing.
     */
    public void replied(Caller by, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new IllegalStateException("the ticket is closed");
        }
        if (!by.isAgent() && (status == TicketStatus.PENDING || status == TicketStatus.RESOLVED)) {
            status = TicketStatus.OPEN;
        }
        if (by.isAgent() && firstRespondedAt == null) {
            firstRespondedAt = now;
        }
        updatedAt = now;
    }

    public void changeStatus(TicketStatus newStatus, Instant now) {
        status = Objects.requireNonNull(newStatus, "status");
        updatedAt = now;
    }

    /**
     * A new priority: the first answer is then due at the new priority's target counted from when
     * the ticket came, as if it had come with that priority (a raised ticket may thus be late at once).
     */
    public void changePriority(TicketPriority newPriority, ResponseTargets.ServiceLevel level, Instant now) {
        priority = Objects.requireNonNull(newPriority, "priority");
        firstResponseDueAt = createdAt.plus(level.firstResponse(newPriority));
        updatedAt = now;
    }

    /** Only an active agent takes a ticket: a deactivated one would hold it where nobody works. */
    public void assignTo(SupportAgent agent, Instant now) {
        if (!agent.isActive()) {
            throw new IllegalArgumentException("only an active agent takes a ticket");
        }
        assigneeId = agent.id();
        updatedAt = now;
    }

    /** Back to the unassigned queue. */
    public void unassign(Instant now) {
        assigneeId = null;
        updatedAt = now;
    }

    /**
     * Whether the first answer came (or, still awaited, is) later than due: an answered ticket stays
     * late or in time for good, an unanswered one becomes late when its due time passes.
     */
    public boolean isBreached(Instant now) {
        return (firstRespondedAt == null ? now : firstRespondedAt).isAfter(firstResponseDueAt);
    }

    /** Still waiting for the support team's first answer. */
    public boolean awaitsFirstResponse() {
        return firstRespondedAt == null && status != TicketStatus.CLOSED;
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

    public Handling handling() {
        return new Handling(assigneeId, firstResponseDueAt, firstRespondedAt);
    }

    public Optional<AgentId> assigneeId() {
        return Optional.ofNullable(assigneeId);
    }

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Optional<Instant> firstRespondedAt() {
        return Optional.ofNullable(firstRespondedAt);
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

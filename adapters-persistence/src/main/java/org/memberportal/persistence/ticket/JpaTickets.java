package org.memberportal.persistence.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.ticket.TicketNumbers;
import org.memberportal.application.ticket.Tickets;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketNumber;
import org.memberportal.domain.ticket.TicketAttachment;
import org.memberportal.domain.ticket.TicketNote;
import org.memberportal.domain.ticket.TicketReply;
import org.memberportal.domain.ticket.TicketStatus;
import org.memberportal.persistence.database.BulkStatements;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;

@ApplicationScoped
public class JpaTickets implements Tickets, TicketNumbers {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The next value of the {@code ticket_numbers} sequence: the database hands each value out
     * once, whichever instance asks, without holding a lock until commit. {@code nextval('...')}
     * is PostgreSQL's spelling, which H2 understands as well.
     */
    @Override
    public TicketNumber next() {
        Number value = (Number) em.createNativeQuery("select nextval('ticket_numbers')").getSingleResult();
        return new TicketNumber(value.longValue());
    }

    @Override
    public Ticket add(Ticket ticket) {
        return OptimisticVersions.insert(em, TicketEntity.from(ticket)).toDomain();
    }

    @Override
    public Ticket update(Ticket ticket) {
        TicketEntity entity = em.find(TicketEntity.class, ticket.id());
        return OptimisticVersions.change(em, entity, entity.version, ticket.version(), e -> e.copy(ticket))
                .toDomain();
    }

    @Override
    public Optional<Ticket> find(CompanyId company, String id) {
        return em.createQuery("select t from TicketEntity t where t.id = :id and t.companyId = :company",
                TicketEntity.class)
                .setParameter("id", id)
                .setParameter("company", company.value())
                .getResultStream()
                .findFirst()
                .map(TicketEntity::toDomain);
    }

    @Override
    public Optional<Ticket> findForAgent(String id) {
        return Optional.ofNullable(em.find(TicketEntity.class, id)).map(TicketEntity::toDomain);
    }

    @Override
    public Page<Ticket> page(Filter filter, PageRequest page) {
        return KeysetQuery.of(em, TicketEntity.class, "t")
                .where(filter.company() != null, "t.companyId = :company", "company",
                        filter.company() == null ? null : filter.company().value())
                .where(filter.author() != null, "t.authorId = :author", "author",
                        filter.author() == null ? null : filter.author().value())
                .where(filter.status() != null, "t.status = :status", "status", filter.status())
                .descending(page, t -> t.id)
                .map(TicketEntity::toDomain);
    }

    @Override
    public void addReply(TicketReply reply) {
        em.persist(TicketReplyEntity.from(reply));
    }

    @Override
    public List<TicketReply> repliesOf(CompanyId company, String ticketId) {
        return em.createQuery("select r from TicketReplyEntity r, TicketEntity t"
                + " where r.ticketId = t.id and t.id = :ticket and t.companyId = :company order by r.id",
                TicketReplyEntity.class)
                .setParameter("ticket", ticketId)
                .setParameter("company", company.value())
                .getResultStream()
                .map(TicketReplyEntity::toDomain)
                .toList();
    }

    @Override
    public Page<Ticket> queue(Queue queue, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (queue.openOnly()) {
            conditions.add("t.status <> :closed");
            parameters.put("closed", TicketStatus.CLOSED);
        }
        if (queue.unassigned()) {
            conditions.add("t.assigneeId is null");
        }
        if (queue.assignee() != null) {
            conditions.add("t.assigneeId = :assignee");
            parameters.put("assignee", queue.assignee().value());
        }
        if (queue.company() != null) {
            conditions.add("t.companyId = :company");
            parameters.put("company", queue.company().value());
        }
        if (queue.status() != null) {
            conditions.add("t.status = :status");
            parameters.put("status", queue.status());
        }
        if (queue.priority() != null) {
            conditions.add("t.priority = :priority");
            parameters.put("priority", queue.priority());
        }
        if (page.after() != null) {
            QueueKey after = QueueKey.parse(page.after());
            conditions.add("(t.firstResponseDueAt > :afterDue or (t.firstResponseDueAt = :afterDue and t.id > :afterId))");
            parameters.put("afterDue", after.dueAt());
            parameters.put("afterId", after.id());
        }
        TypedQuery<TicketEntity> query = em.createQuery("select t from TicketEntity t"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by t.firstResponseDueAt, t.id", TicketEntity.class)
                .setMaxResults(page.limit() + 1);
        parameters.forEach(query::setParameter);
        List<Ticket> rows = query.getResultStream().map(TicketEntity::toDomain).toList();
        return Page.fromOverfetched(rows, page.limit(), t -> QueueKey.of(t).toString());
    }

    @Override
    public Awaiting awaitingFirstResponse(Instant from, Instant until, int limit) {
        String where = " from TicketEntity t where t.firstRespondedAt is null and t.status <> :closed"
                + " and t.firstResponseDueAt < :until" + (from == null ? "" : " and t.firstResponseDueAt >= :from");
        TypedQuery<TicketEntity> list = em.createQuery("select t" + where + " order by t.firstResponseDueAt, t.id",
                TicketEntity.class).setMaxResults(limit);
        TypedQuery<Long> count = em.createQuery("select count(t)" + where, Long.class);
        for (TypedQuery<?> query : List.of(list, count)) {
            query.setParameter("closed", TicketStatus.CLOSED).setParameter("until", until);
            if (from != null) {
                query.setParameter("from", from);
            }
        }
        return new Awaiting(list.getResultStream().map(TicketEntity::toDomain).toList(), count.getSingleResult());
    }

    /** One statement; each ticket's version moves on, so an agent's change read before it is stale. */
    @Override
    public int unassignAllOf(AgentId agent, Instant now) {
        return BulkStatements.rowsChanged(em.createQuery("update TicketEntity t set t.assigneeId = null,"
                + " t.updatedAt = :now, t.version = t.version + 1 where t.assigneeId = :agent")
                .setParameter("now", now)
                .setParameter("agent", agent.value()));
    }

    @Override
    public List<TicketAttachment> attachmentsOf(String ticketId) {
        return em.createQuery("select a from TicketAttachmentEntity a where a.ticketId = :ticket order by a.id",
                TicketAttachmentEntity.class)
                .setParameter("ticket", ticketId)
                .getResultStream()
                .map(TicketAttachmentEntity::toDomain)
                .toList();
    }

    @Override
    public void addNote(TicketNote note) {
        em.persist(TicketNoteEntity.from(note));
    }

    @Override
    public List<TicketNote> notesOf(String ticketId) {
        return em.createQuery("select n from TicketNoteEntity n where n.ticketId = :ticket order by n.id",
                TicketNoteEntity.class)
                .setParameter("ticket", ticketId)
                .getResultStream()
                .map(TicketNoteEntity::toDomain)
                .toList();
    }
}

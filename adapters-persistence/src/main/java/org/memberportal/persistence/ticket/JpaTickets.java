package org.memberportal.persistence.ticket;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.ticket.TicketNumbers;
import org.memberportal.application.ticket.Tickets;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketNumber;
import org.memberportal.domain.ticket.TicketReply;
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
}

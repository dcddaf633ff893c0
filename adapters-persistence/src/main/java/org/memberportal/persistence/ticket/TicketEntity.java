package org.memberportal.persistence.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.ticket.Ticket;
import org.memberportal.domain.ticket.TicketNumber;
import org.memberportal.domain.ticket.TicketPriority;
import org.memberportal.domain.ticket.TicketStatus;

@Entity
@Table(name = "tickets")
public class TicketEntity {

    @Id
    String id;

    @Column(name = "ticket_number", nullable = false, updatable = false)
    long number;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Column(name = "author_id", nullable = false, updatable = false)
    String authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    String authorName;

    @Column(nullable = false, updatable = false)
    String subject;

    @Column(nullable = false, updatable = false)
    String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "assignee_id")
    String assigneeId;

    @Column(name = "first_response_due_at", nullable = false)
    Instant firstResponseDueAt;

    @Column(name = "first_responded_at")
    Instant firstRespondedAt;

    @Version
    long version;

    protected TicketEntity() {
    }

    static TicketEntity from(Ticket ticket) {
        TicketEntity entity = new TicketEntity();
        entity.id = ticket.id();
        entity.number = ticket.number().value();
        entity.companyId = ticket.companyId().value();
        entity.authorId = ticket.authorId().value();
        entity.authorName = ticket.authorName();
        entity.subject = ticket.subject();
        entity.description = ticket.description();
        entity.createdAt = ticket.createdAt();
        entity.copy(ticket);
        return entity;
    }

    void copy(Ticket ticket) {
        priority = ticket.priority();
        status = ticket.status();
        updatedAt = ticket.updatedAt();
        assigneeId = ticket.assigneeId().map(AgentId::value).orElse(null);
        firstResponseDueAt = ticket.firstResponseDueAt();
        firstRespondedAt = ticket.firstRespondedAt().orElse(null);
    }

    Ticket toDomain() {
        return Ticket.restore(id, new TicketNumber(number), new CompanyId(companyId), new AccountId(authorId),
                authorName, subject, description, priority, status, createdAt, updatedAt,
                new Ticket.Handling(assigneeId == null ? null : new AgentId(assigneeId), firstResponseDueAt,
                        firstRespondedAt), version);
    }
}

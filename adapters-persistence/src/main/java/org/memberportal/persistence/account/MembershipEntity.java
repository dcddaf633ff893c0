package org.memberportal.persistence.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;

/** A person's membership in one company: their level and status there. */
@Entity
@Table(name = "memberships")
public class MembershipEntity {

    @Id
    String id;

    @Column(name = "account_id", nullable = false, updatable = false)
    String accountId;

    @Column(name = "company_id", nullable = false, updatable = false)
    String companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PermissionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AccountStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Version
    long version;

    // read in the same statement as the membership: a query for a company's staff (or a million
    // memberships, for the coverage audit) would otherwise read each person on its own
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinFetch(JoinFetchType.INNER)
    @JoinColumn(name = "account_id", insertable = false, updatable = false)
    AccountEntity person;

    protected MembershipEntity() {
    }

    static MembershipEntity from(PortalAccount account, AccountEntity person) {
        MembershipEntity entity = new MembershipEntity();
        entity.id = TimeOrderedIds.next();
        entity.accountId = account.id().value();
        entity.companyId = account.companyId().value();
        entity.createdAt = account.createdAt();
        entity.person = person;
        entity.copy(account);
        return entity;
    }

    void copy(PortalAccount account) {
        level = account.level();
        status = account.status();
    }

    public PortalAccount toDomain() {
        return PortalAccount.restore(new AccountId(accountId), new CompanyId(companyId), person.fullName,
                EmailAddress.of(person.email), level, status, person.passwordHash, createdAt, version);
    }

    /**
     * A membership ({@code m}) and its person ({@code p}) as plain columns, for a query that selects
     * more than the membership (EclipseLink reads an entity selected beside others without its join
     * fetch, so each membership's person would cost a statement of its own) or that reads too many
     * to register in the transaction's persistence context (each later flush compares them all).
     */
    public static final String COLUMNS = "m.accountId, m.companyId, m.level, m.status, m.createdAt, m.version,"
            + " p.fullName, p.email, p.passwordHash";

    /** The membership whose {@link #COLUMNS} start at {@code first} in {@code row}. */
    public static PortalAccount fromColumns(Object[] row, int first) {
        return PortalAccount.restore(new AccountId((String) row[first]), new CompanyId((String) row[first + 1]),
                (String) row[first + 6], EmailAddress.of((String) row[first + 7]), (PermissionLevel) row[first + 2],
                (AccountStatus) row[first + 3], (String) row[first + 8], (Instant) row[first + 4],
                ((Number) row[first + 5]).longValue());
    }
}

package org.memberportal.persistence.audience;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.memberportal.application.audience.SyncError;
import org.memberportal.application.audience.SyncMarks;
import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.SyncStates;
import org.memberportal.application.audience.SyncSubject;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.notification.AudienceStatus;
import org.memberportal.application.notification.RejectionReason;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.MailingPreferences;
import org.memberportal.persistence.account.MembershipEntity;
import org.memberportal.persistence.database.FreshPlans;
import org.memberportal.persistence.database.InLists;
import org.memberportal.persistence.database.InstantAsUtcTimestamp;
import org.memberportal.persistence.database.OptimisticVersions;
import org.memberportal.persistence.database.TransactionConnection;

/**
 * The audience sync's tables. A page of subjects is one query whatever its size. Joins the
 * caller's transaction, or makes one (the pull's mark is written outside any).
 */
@ApplicationScoped
@Transactional
public class JpaSyncStates implements SyncStates, SyncMarks {

    static final String PULL_MARK = "audience-sync.pull";
    /** Ids per IN list: a page of the push's scan, or of the pull, in one query. */
    private static final int IN_LIST = 1000;
    private static final String UPDATE_STATE = "update audience_sync_state set audience_email = ?,"
            + " audience_email_key = ?, payload_hash = ?, remote_status = ?, rejection = ?, last_error = ?,"
            + " error_at = ?, synced_at = ?, version = version + 1 where account_id = ? and version = ?";
    private static final String INSERT_STATE = "insert into audience_sync_state (audience_email,"
            + " audience_email_key, payload_hash, remote_status, rejection, last_error, error_at, synced_at,"
            + " account_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    /** SQLSTATE of a duplicate key, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<SyncState> find(AccountId account) {
        return Optional.ofNullable(em.find(SyncStateEntity.class, account.value())).map(SyncStateEntity::toDomain);
    }

    @Override
    public Optional<SyncState> findByAudienceEmail(EmailAddress email) {
        return em.createQuery("select s from SyncStateEntity s where s.audienceEmailKey = :key", SyncStateEntity.class)
                .setParameter("key", email.key())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(SyncStateEntity::toDomain);
    }

    @Override
    public Map<String, SyncState> findByAudienceEmails(Collection<EmailAddress> emails) {
        List<String> keys = emails.stream().map(EmailAddress::key).distinct().toList();
        Map<String, SyncState> found = new HashMap<>();
        for (List<String> slice : InLists.of(keys, IN_LIST)) {
            FreshPlans.of(em.createQuery("select s from SyncStateEntity s where s.audienceEmailKey in :keys",
                    SyncStateEntity.class))
                    .setParameter("keys", slice)
                    .getResultStream()
                    .map(SyncStateEntity::toDomain)
                    .forEach(state -> found.putIfAbsent(state.audienceEmail().key(), state));
        }
        return found;
    }

    @Override
    public void save(SyncState state) {
        SyncStateEntity entity = em.find(SyncStateEntity.class, state.accountId().value());
        if (entity == null) {
            SyncStateEntity added = new SyncStateEntity(state.accountId().value());
            added.copy(state);
            OptimisticVersions.insert(em, added, state.version());
        } else {
            OptimisticVersions.change(em, entity, entity.version, state.version(), e -> e.copy(state));
        }
    }

    /**
     * Two JDBC batches on the transaction's connection, no entity read or tracked: conditional
     * updates, each over the version its state was derived from, whose row counts name the rows
     * that moved on since; then the states derived from no row (version 0, which no stored row
     * holds), inserted. A row added by someone else since the state was derived fails the batch
     * (stale-version), for the caller to try again.
     */
    @Override
    public List<AccountId> saveAll(Collection<SyncState> changed) {
        List<SyncState> updates = new ArrayList<>();
        List<SyncState> inserts = new ArrayList<>();
        for (SyncState state : changed) {
            (state.version() == 0 ? inserts : updates).add(state);
        }
        return TransactionConnection.run(em, "recording a push's outcomes", connection -> {
            List<AccountId> movedOn = new ArrayList<>();
            int[] updated = batch(connection, UPDATE_STATE, updates, true);
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    movedOn.add(updates.get(i).accountId());
                }
            }
            try {
                batch(connection, INSERT_STATE, inserts, false);
            } catch (BatchUpdateException e) {
                // both drivers give the failed statement's SQLSTATE to the batch's exception
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                throw Refusal.staleVersion();
            }
            return movedOn;
        });
    }

    /** The statement once per state, in one batch: its columns, the account, and the version it names. */
    private static int[] batch(Connection connection, String sql, List<SyncState> states, boolean namesVersion)
            throws SQLException {
        if (states.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (SyncState state : states) {
                EmailAddress email = state.audienceEmail();
                statement.setString(1, email == null ? null : email.value());
                statement.setString(2, email == null ? null : email.key());
                statement.setString(3, state.payloadHash());
                statement.setString(4, state.remoteStatus() == null ? null : state.remoteStatus().name());
                statement.setString(5, state.rejection() == null ? null : state.rejection().name());
                statement.setString(6, state.lastError());
                statement.setObject(7, InstantAsUtcTimestamp.column(state.errorAt()), Types.TIMESTAMP);
                statement.setObject(8, InstantAsUtcTimestamp.column(state.syncedAt()), Types.TIMESTAMP);
                statement.setString(9, state.accountId().value());
                if (namesVersion) {
                    statement.setLong(10, state.version());
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    /**
     * Two queries per page: the persons' ids (keyset), then the range they span, each person's
     * memberships joined with their companies' names, their stored preferences and their sync
     * state, read as plain columns: no entity is built or tracked, so a scan of the whole audience
     * costs what reading its rows does.
     */
    @Override
    public List<SyncSubject> subjectsAfter(String afterAccountId, int limit) {
        // one subject per person, as Mailchimp holds one member per address: the page is a range of
        // persons, read with all their memberships in a second query over that range
        TypedQuery<String> persons = afterAccountId == null
                ? em.createQuery("select a.id from AccountEntity a order by a.id", String.class)
                : em.createQuery("select a.id from AccountEntity a where a.id > :after order by a.id", String.class)
                        .setParameter("after", afterAccountId);
        List<String> ids = persons.setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = FreshPlans.of(em.createQuery("select a.id, m.companyId, a.fullName, a.email, m.level,"
                + " m.status, a.passwordHash, m.createdAt, m.version, c.name,"
                + " p.accountId, p.newsletter, p.updateNotices, p.leftThroughMailchimp, p.addressCleaned, p.changedAt,"
                + " p.version,"
                + " s.accountId, s.audienceEmail, s.payloadHash, s.remoteStatus, s.rejection, s.lastError, s.errorAt,"
                + " s.syncedAt, s.version"
                + " from AccountEntity a join MembershipEntity m on m.accountId = a.id"
                + " join CompanyEntity c on c.id = m.companyId"
                + " left join MailingPreferencesEntity p on p.accountId = a.id"
                + " left join SyncStateEntity s on s.accountId = a.id"
                // the range on both sides of the join: PostgreSQL's plan for it as a parameter (a
                // generic plan) otherwise scans every membership at each page
                + " where a.id >= :first and a.id <= :last and m.accountId >= :first and m.accountId <= :last"
                + " order by a.id, m.id", Object[].class))
                .setParameter("first", ids.get(0)).setParameter("last", ids.get(ids.size() - 1));
        Map<String, List<Object[]>> rowsOf = new LinkedHashMap<>();
        query.getResultStream().forEach(row -> rowsOf.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row));
        return rowsOf.values().stream().map(JpaSyncStates::subjectOf).toList();
    }

    /** Every membership of these persons, by person. */
    private Map<String, List<PortalAccount>> membershipsOf(List<String> ids) {
        Map<String, List<PortalAccount>> membershipsOf = new HashMap<>();
        for (List<String> slice : InLists.of(ids, IN_LIST)) {
            em.createQuery("select m from MembershipEntity m where m.accountId in :ids order by m.id",
                    MembershipEntity.class).setParameter("ids", slice)
                    .getResultStream().map(MembershipEntity::toDomain)
                    .forEach(m -> membershipsOf.computeIfAbsent(m.id().value(), k -> new ArrayList<>()).add(m));
        }
        return membershipsOf;
    }

    /** A person from their rows, one per membership, each with the person's preferences and state. */
    private static SyncSubject subjectOf(List<Object[]> rows) {
        List<PortalAccount> memberships = rows.stream().map(JpaSyncStates::membershipOf).toList();
        PortalAccount principal = Memberships.principal(memberships).orElseThrow();
        Object[] row = rows.get(memberships.indexOf(principal));
        AccountId id = principal.id();
        MailingPreferences preferences = row[10] == null ? null
                : MailingPreferences.restore(id, (Boolean) row[11], (Boolean) row[12], (Boolean) row[13],
                        (Boolean) row[14], (Instant) row[15], ((Number) row[16]).longValue());
        SyncState state = row[17] == null ? null
                : new SyncState(id, row[18] == null ? null : EmailAddress.of((String) row[18]), (String) row[19],
                        (AudienceStatus) row[20], (RejectionReason) row[21], (String) row[22], (Instant) row[23],
                        (Instant) row[24], ((Number) row[25]).longValue());
        return new SyncSubject(principal, (String) row[9], preferences, state, memberships);
    }

    private static PortalAccount membershipOf(Object[] row) {
        return PortalAccount.restore(new AccountId((String) row[0]), new CompanyId((String) row[1]), (String) row[2],
                EmailAddress.of((String) row[3]), (PermissionLevel) row[4], (AccountStatus) row[5], (String) row[6],
                (Instant) row[7], ((Number) row[8]).longValue());
    }

    @Override
    public Page<SyncError> errors(PageRequest page) {
        String jpql = "select s, a.email from SyncStateEntity s, AccountEntity a"
                + " where a.id = s.accountId and s.rejection is not null"
                + (page.after() == null ? "" : " and s.accountId > :after") + " order by s.accountId";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<Object[]> found = query.setMaxResults(page.limit() + 1).getResultList();
        // a person in several companies is shown under the company of the membership that stands for them
        Map<String, CompanyId> companyOf = new HashMap<>();
        List<String> ids = found.stream().map(row -> ((SyncStateEntity) row[0]).accountId).toList();
        membershipsOf(ids).forEach((id, memberships) -> companyOf.put(id,
                Memberships.principal(memberships).orElseThrow().companyId()));
        List<SyncError> rows = found.stream().filter(row -> companyOf.containsKey(((SyncStateEntity) row[0]).accountId))
                .map(row -> {
                    SyncState state = ((SyncStateEntity) row[0]).toDomain();
                    EmailAddress email = state.audienceEmail() != null ? state.audienceEmail()
                            : EmailAddress.of((String) row[1]);
                    return new SyncError(state.accountId(), companyOf.get(state.accountId().value()), email,
                            state.rejection(), state.lastError(), state.errorAt());
                }).toList();
        return Page.fromOverfetched(rows, page.limit(), e -> e.accountId().value());
    }

    @Override
    public Optional<Instant> lastPull() {
        return Optional.ofNullable(em.find(SyncMarkEntity.class, PULL_MARK)).map(mark -> mark.markAt);
    }

    /**
     * An update statement, not a change to the managed entity: in the container EclipseLink weaves
     * its entities to track changes through their own methods, so a field set from here was never
     * written, and each pull read again everything since the first.
     */
    @Override
    public void pulled(Instant startedAt) {
        int moved = rowsChanged(em.createQuery("update SyncMarkEntity m set m.markAt = :at where m.name = :name")
                .setParameter("at", startedAt)
                .setParameter("name", PULL_MARK));
        if (moved == 0) {
            em.persist(new SyncMarkEntity(PULL_MARK, startedAt));
        }
    }

}

package org.memberportal.persistence.audience;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
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
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.persistence.account.MembershipEntity;
import org.memberportal.persistence.database.FreshPlans;
import org.memberportal.persistence.database.InLists;
import org.memberportal.persistence.database.InstantAsUtcTimestamp;
import org.memberportal.persistence.database.OptimisticVersions;
import org.memberportal.persistence.database.PortalDatabase;
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
    /**
     * The same conditional updates as one statement over arrays, on PostgreSQL: a chunk's outcomes
     * cost the database one statement instead of one per row. The rows it names are those updated.
     */
    private static final String UPDATE_STATES_AT_ONCE = "update audience_sync_state s set"
            + " audience_email = u.audience_email, audience_email_key = u.audience_email_key,"
            + " payload_hash = u.payload_hash, remote_status = u.remote_status, rejection = u.rejection,"
            + " last_error = u.last_error, error_at = u.error_at, synced_at = u.synced_at, version = s.version + 1"
            + " from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::timestamp[], ?::timestamp[], ?::varchar[], ?::bigint[]) as u(audience_email, audience_email_key,"
            + " payload_hash, remote_status, rejection, last_error, error_at, synced_at, account_id, version)"
            + " where s.account_id = u.account_id and s.version = u.version returning s.account_id";
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

    /** One statement per thousand addresses, in plain JDBC like {@link #subjectsAfter}. */
    @Override
    public Map<String, SyncState> findByAudienceEmails(Collection<EmailAddress> emails) {
        List<String> keys = emails.stream().map(EmailAddress::key).distinct().toList();
        return TransactionConnection.run(em, "finding sync states by address", connection -> {
            Map<String, SyncState> found = new HashMap<>();
            for (List<String> slice : InLists.of(keys, IN_LIST)) {
                try (PreparedStatement statement = connection.prepareStatement("select " + SyncStateColumns.COLUMNS
                        + " from audience_sync_state s where s.audience_email_key = any (?)")) {
                    PreparedStatement read = FreshPlans.of(statement);
                    read.setArray(1, connection.createArrayOf("varchar", slice.toArray()));
                    try (ResultSet rows = read.executeQuery()) {
                        while (rows.next()) {
                            SyncState state = SyncStateColumns.stateAt(rows, 1);
                            found.putIfAbsent(state.audienceEmail().key(), state);
                        }
                    }
                }
            }
            return found;
        });
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
     * Plain JDBC on the transaction's connection, no entity read or tracked: conditional updates,
     * each over the version its state was derived from, which name the rows that moved on since;
     * then the states derived from no row (version 0, which no stored row holds), inserted in one
     * batch. A row added by someone else since the state was derived fails the batch
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
            List<AccountId> movedOn = PortalDatabase.isPostgresql(connection)
                    ? movedOnAtOnce(connection, updates)
                    : movedOnInBatch(connection, updates);
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

    /** The updates as one batch, whose row counts name the states whose rows moved on. */
    private static List<AccountId> movedOnInBatch(Connection connection, List<SyncState> updates)
            throws SQLException {
        List<AccountId> movedOn = new ArrayList<>();
        int[] updated = batch(connection, UPDATE_STATE, updates, true);
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                movedOn.add(updates.get(i).accountId());
            }
        }
        return movedOn;
    }

    /** The updates as one statement over arrays of their columns; the states it did not update moved on. */
    private static List<AccountId> movedOnAtOnce(Connection connection, List<SyncState> updates) throws SQLException {
        if (updates.isEmpty()) {
            return List.of();
        }
        int n = updates.size();
        String[][] texts = new String[9][n];
        Long[] versions = new Long[n];
        for (int i = 0; i < n; i++) {
            SyncState state = updates.get(i);
            EmailAddress email = state.audienceEmail();
            texts[0][i] = email == null ? null : email.value();
            texts[1][i] = email == null ? null : email.key();
            texts[2][i] = state.payloadHash();
            texts[3][i] = state.remoteStatus() == null ? null : state.remoteStatus().name();
            texts[4][i] = state.rejection() == null ? null : state.rejection().name();
            texts[5][i] = state.lastError();
            texts[6][i] = timestamp(state.errorAt());
            texts[7][i] = timestamp(state.syncedAt());
            texts[8][i] = state.accountId().value();
            versions[i] = state.version();
        }
        Map<String, AccountId> notUpdated = new LinkedHashMap<>();
        updates.forEach(state -> notUpdated.put(state.accountId().value(), state.accountId()));
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_STATES_AT_ONCE)) {
            for (int column = 0; column < texts.length; column++) {
                statement.setArray(column + 1, connection.createArrayOf("varchar", texts[column]));
            }
            statement.setArray(texts.length + 1, connection.createArrayOf("bigint", versions));
            try (ResultSet updated = statement.executeQuery()) {
                while (updated.next()) {
                    notUpdated.remove(updated.getString(1));
                }
            }
        }
        return new ArrayList<>(notUpdated.values());
    }

    /** A timestamp as PostgreSQL reads it from text, in UTC like every stored instant. */
    private static String timestamp(Instant instant) {
        LocalDateTime column = InstantAsUtcTimestamp.column(instant);
        return column == null ? null : column.toString();
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
     * One subject per person, as Mailchimp holds one member per address: a page is a range of
     * persons. Three statements per page, in plain JDBC: the persons' ids (keyset), the products
     * licensed to the companies of the range, then the range they span, each person's memberships
     * joined with their companies' names, their stored preferences and their sync state. No entity is built or tracked and no query is translated,
     * so a scan of the whole audience costs little more than reading its rows. The range is
     * planned anew at each page ({@link FreshPlans}).
     */
    @Override
    public List<SyncSubject> subjectsAfter(String afterAccountId, int limit) {
        return TransactionConnection.run(em, "reading the audience's subjects", connection -> {
            List<String> ids = personsAfter(connection, afterAccountId, limit);
            if (ids.isEmpty()) {
                return List.of();
            }
            List<SyncSubject> subjects = new ArrayList<>(ids.size());
            Map<CompanyId, List<String>> products = productsOf(connection, ids.get(0), ids.get(ids.size() - 1));
            try (PreparedStatement statement = connection.prepareStatement(SubjectRows.IN_RANGE)) {
                PreparedStatement read = FreshPlans.of(statement);
                String first = ids.get(0);
                String last = ids.get(ids.size() - 1);
                read.setString(1, first);
                read.setString(2, last);
                read.setString(3, first);
                read.setString(4, last);
                try (ResultSet rows = read.executeQuery()) {
                    SubjectRows person = null;
                    while (rows.next()) {
                        if (person == null || !person.isOf(rows)) {
                            if (person != null) {
                                subjects.add(person.subject(products));
                            }
                            person = SubjectRows.first(rows);
                        } else {
                            person.add(rows);
                        }
                    }
                    if (person != null) {
                        subjects.add(person.subject(products));
                    }
                }
            }
            return subjects;
        });
    }

    /** The products of the companies of the range's memberships: the third statement of a page. */
    private static Map<CompanyId, List<String>> productsOf(Connection connection, String first, String last)
            throws SQLException {
        Map<CompanyId, List<String>> products = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SubjectRows.PRODUCTS_IN_RANGE)) {
            statement.setString(1, first);
            statement.setString(2, last);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    products.computeIfAbsent(new CompanyId(rows.getString(1)), company -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        return products;
    }

    private static List<String> personsAfter(Connection connection, String afterAccountId, int limit)
            throws SQLException {
        try (PreparedStatement persons = connection.prepareStatement(afterAccountId == null
                ? "select id from accounts order by id limit ?"
                : "select id from accounts where id > ? order by id limit ?")) {
            int index = 1;
            if (afterAccountId != null) {
                persons.setString(index++, afterAccountId);
            }
            persons.setInt(index, limit);
            List<String> ids = new ArrayList<>(limit);
            try (ResultSet rows = persons.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
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

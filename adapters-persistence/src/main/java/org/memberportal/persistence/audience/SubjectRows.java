package org.memberportal.persistence.audience;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.SyncSubject;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.AccountStatus;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.account.Memberships;
import org.memberportal.domain.account.PortalAccount;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.notification.MailingPreferences;
import org.memberportal.persistence.database.InstantAsUtcTimestamp;

/**
 * One person's rows of the audience's subjects, one per membership, in the columns of
 * {@link #IN_RANGE}: each row holds the person's preferences and sync state too, so the first row
 * gives those.
 */
final class SubjectRows {

    /** A range of persons' rows, one per membership, each with the person's preferences and state. */
    static final String IN_RANGE = "select a.id, m.company_id, a.full_name, a.email, m.level,"
            + " m.status, a.password_hash, m.created_at, m.version, c.name,"
            + " p.account_id, p.newsletter, p.update_notices, p.left_through_mailchimp, p.address_cleaned,"
            + " p.changed_at, p.version,"
            + " " + SyncStateColumns.COLUMNS
            + " from accounts a join memberships m on m.account_id = a.id"
            + " join companies c on c.id = m.company_id"
            + " left join mailing_preferences p on p.account_id = a.id"
            + " left join audience_sync_state s on s.account_id = a.id"
            // the range on both sides of the join: a plan for it as a parameter otherwise scans
            // every membership at each page
            + " where a.id >= ? and a.id <= ? and m.account_id >= ? and m.account_id <= ?"
            + " order by a.id, m.id";

    /** Where the sync state's columns start in {@link #IN_RANGE} ({@link SyncStateColumns}). */
    static final int STATE = 18;

    private final AccountId person;
    private final MailingPreferences preferences;
    private final SyncState state;
    private final List<PortalAccount> memberships = new ArrayList<>(2);
    private final List<String> companyNames = new ArrayList<>(2);

    private SubjectRows(AccountId person, MailingPreferences preferences, SyncState state) {
        this.person = person;
        this.preferences = preferences;
        this.state = state;
    }

    /** The person of the current row, with its membership. */
    static SubjectRows first(ResultSet row) throws SQLException {
        AccountId person = new AccountId(row.getString(1));
        SubjectRows rows = new SubjectRows(person, preferencesOf(person, row),
                SyncStateColumns.stateAt(row, STATE));
        rows.add(row);
        return rows;
    }

    boolean isOf(ResultSet row) throws SQLException {
        return person.value().equals(row.getString(1));
    }

    /** Another membership of the same person. */
    void add(ResultSet row) throws SQLException {
        memberships.add(PortalAccount.restore(person, new CompanyId(row.getString(2)), row.getString(3),
                EmailAddress.of(row.getString(4)), PermissionLevel.valueOf(row.getString(5)),
                AccountStatus.valueOf(row.getString(6)), row.getString(7), InstantAsUtcTimestamp.instant(row, 8), row.getLong(9)));
        companyNames.add(row.getString(10));
    }

    /** The products licensed to the companies of a range of persons' memberships, one row a company and product. */
    static final String PRODUCTS_IN_RANGE = "select distinct m.company_id, l.product from memberships m"
            + " join licenses l on l.company_id = m.company_id where m.account_id >= ? and m.account_id <= ?";

    /**
     * The person as the sync sees them: their principal membership and its company's name, and the
     * products their companies hold licenses for.
     */
    SyncSubject subject(Map<CompanyId, List<String>> productsByCompany) {
        PortalAccount principal = Memberships.principal(memberships).orElseThrow();
        Map<CompanyId, List<String>> products = new HashMap<>();
        memberships.forEach(m -> products.put(m.companyId(), productsByCompany.getOrDefault(m.companyId(), List.of())));
        return new SyncSubject(principal, companyNames.get(memberships.indexOf(principal)), preferences, state,
                List.copyOf(memberships), products);
    }

    private static MailingPreferences preferencesOf(AccountId person, ResultSet row) throws SQLException {
        if (row.getString(11) == null) {
            return null;
        }
        return MailingPreferences.restore(person, row.getBoolean(12), row.getBoolean(13), row.getBoolean(14),
                row.getBoolean(15), InstantAsUtcTimestamp.instant(row, 16), row.getLong(17));
    }
}

package org.memberportal.persistence.audience;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.audience.RejectionReason;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.persistence.database.InstantAsUtcTimestamp;

/** A sync state read with plain JDBC: its columns in the order of {@link #COLUMNS}, from a given one on. */
final class SyncStateColumns {

    /** The columns of {@code audience_sync_state s}, in the order {@link #stateAt} reads them. */
    static final String COLUMNS = "s.account_id, s.audience_email, s.payload_hash, s.remote_status, s.rejection,"
            + " s.last_error, s.error_at, s.synced_at, s.version";

    private SyncStateColumns() {
    }

    /** The state whose columns start at {@code first}, or null where the row had none (an outer join's). */
    static SyncState stateAt(ResultSet row, int first) throws SQLException {
        String account = row.getString(first);
        if (account == null) {
            return null;
        }
        String email = row.getString(first + 1);
        String status = row.getString(first + 3);
        String rejection = row.getString(first + 4);
        return new SyncState(new AccountId(account), email == null ? null : EmailAddress.of(email),
                row.getString(first + 2), status == null ? null : AudienceStatus.valueOf(status),
                rejection == null ? null : RejectionReason.valueOf(rejection), row.getString(first + 5),
                InstantAsUtcTimestamp.instant(row, first + 6),
                InstantAsUtcTimestamp.instant(row, first + 7), row.getLong(first + 8));
    }
}

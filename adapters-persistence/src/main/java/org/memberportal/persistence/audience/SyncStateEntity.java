package org.memberportal.persistence.audience;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.application.audience.SyncState;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.audience.RejectionReason;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;

/**
 * The audience sync's state of one account, written by the sync's runs and by the webhook, on any
 * instance: versioned, so that neither overwrites what the other wrote since it read the row.
 */
@Entity
@Table(name = "audience_sync_state")
public class SyncStateEntity {

    @Id
    @Column(name = "account_id")
    String accountId;

    @Column(name = "audience_email")
    String audienceEmail;

    @Column(name = "audience_email_key")
    String audienceEmailKey;

    @Column(name = "payload_hash")
    String payloadHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "remote_status")
    AudienceStatus remoteStatus;

    @Enumerated(EnumType.STRING)
    RejectionReason rejection;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "error_at")
    Instant errorAt;

    @Column(name = "synced_at")
    Instant syncedAt;

    @Version
    long version;

    protected SyncStateEntity() {
    }

    SyncStateEntity(String accountId) {
        this.accountId = accountId;
    }

    void copy(SyncState state) {
        audienceEmail = state.audienceEmail() == null ? null : state.audienceEmail().value();
        audienceEmailKey = state.audienceEmail() == null ? null : state.audienceEmail().key();
        payloadHash = state.payloadHash();
        remoteStatus = state.remoteStatus();
        rejection = state.rejection();
        lastError = state.lastError();
        errorAt = state.errorAt();
        syncedAt = state.syncedAt();
    }

    SyncState toDomain() {
        return new SyncState(new AccountId(accountId), audienceEmail == null ? null : EmailAddress.of(audienceEmail),
                payloadHash, remoteStatus, rejection, lastError, errorAt, syncedAt, version);
    }
}

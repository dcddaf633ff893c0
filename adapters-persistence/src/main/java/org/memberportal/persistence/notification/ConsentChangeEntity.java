package org.memberportal.persistence.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentSource;
import org.memberportal.domain.account.AccountId;

/** One entry of the consent history; written once, never changed. */
@Entity
@Table(name = "consent_changes")
public class ConsentChangeEntity {

    @Id
    String id;

    @Column(name = "account_id", nullable = false, updatable = false)
    String accountId;

    @Column(nullable = false, updatable = false)
    Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ConsentSource source;

    @Column(nullable = false, updatable = false)
    boolean newsletter;

    @Column(name = "update_notices", nullable = false, updatable = false)
    boolean updateNotices;

    @Column(name = "confirmation_pending", nullable = false, updatable = false)
    boolean confirmationPending;

    @Column(name = "address_cleaned", nullable = false, updatable = false)
    boolean addressCleaned;

    @Column(updatable = false)
    String note;

    protected ConsentChangeEntity() {
    }

    static ConsentChangeEntity from(ConsentChange change) {
        ConsentChangeEntity entity = new ConsentChangeEntity();
        entity.id = change.id();
        entity.accountId = change.accountId().value();
        entity.at = change.at();
        entity.source = change.source();
        entity.newsletter = change.newsletter();
        entity.updateNotices = change.updateNotices();
        entity.confirmationPending = change.confirmationPending();
        entity.addressCleaned = change.addressCleaned();
        entity.note = change.note();
        return entity;
    }

    ConsentChange toDomain() {
        return new ConsentChange(id, new AccountId(accountId), at, source, newsletter, updateNotices,
                confirmationPending, addressCleaned, note);
    }
}

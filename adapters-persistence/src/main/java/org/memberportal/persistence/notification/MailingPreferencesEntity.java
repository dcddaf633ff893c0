package org.memberportal.persistence.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.notification.MailingPreferences;

@Entity
@Table(name = "mailing_preferences")
public class MailingPreferencesEntity {

    @Id
    @Column(name = "account_id")
    String accountId;

    @Column(nullable = false)
    boolean newsletter;

    @Column(name = "update_notices", nullable = false)
    boolean updateNotices;

    @Column(name = "left_through_mailchimp", nullable = false)
    boolean leftThroughMailchimp;

    @Column(name = "address_cleaned", nullable = false)
    boolean addressCleaned;

    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @Version
    long version;

    protected MailingPreferencesEntity() {
    }

    static MailingPreferencesEntity from(MailingPreferences preferences) {
        MailingPreferencesEntity entity = new MailingPreferencesEntity();
        entity.accountId = preferences.accountId().value();
        entity.copy(preferences);
        return entity;
    }

    void copy(MailingPreferences preferences) {
        newsletter = preferences.newsletter();
        updateNotices = preferences.updateNotices();
        leftThroughMailchimp = preferences.leftThroughMailchimp();
        addressCleaned = preferences.isAddressCleaned();
        changedAt = preferences.changedAt();
    }

    public MailingPreferences toDomain() {
        return MailingPreferences.restore(new AccountId(accountId), newsletter, updateNotices, leftThroughMailchimp,
                addressCleaned, changedAt, version);
    }
}

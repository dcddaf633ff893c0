package org.memberportal.application.preference;

import java.time.Instant;
import java.util.Objects;

import org.memberportal.domain.TimeOrderedIds;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.notification.MailingPreferences;

/**
 * One entry of a person's consent history: the preferences as they stood after a change, when,
 * from which source, and a short note of what happened.
 */
public record ConsentChange(String id, AccountId accountId, Instant at, ConsentSource source, boolean newsletter,
        boolean updateNotices, boolean confirmationPending, boolean addressCleaned, String note) {

    public static final int MAX_NOTE_LENGTH = 500;

    public ConsentChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "account");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            note = note.substring(0, MAX_NOTE_LENGTH - 1) + "…";
        }
    }

    public static ConsentChange of(MailingPreferences preferences, boolean confirmationPending, ConsentSource source,
            String note, Instant at) {
        return new ConsentChange(TimeOrderedIds.next(), preferences.accountId(), at, source, preferences.newsletter(),
                preferences.updateNotices(), confirmationPending, preferences.isAddressCleaned(), note);
    }
}

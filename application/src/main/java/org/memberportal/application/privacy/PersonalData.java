package org.memberportal.application.privacy;

import java.util.Objects;

import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;

/** Where the portal holds a person's name and address, for their erasure (GDPR article 17). */
public interface PersonalData {

    /**
     * Replaces the person's name and addresses everywhere the portal holds them: the account (which
     * can no longer log in: its password, sessions and links are gone), the staff requests for the
     * address, tickets and replies they wrote, the outbox (e-mails to them are dropped), failed
     * logins, the audit trail's texts, the notes of their consent history (the rows stay, so counts
     * still add up), the audience sync's state, and the name the forums show (their posts stay;
     * the topics they followed are no longer followed).
     */
    void erase(Erasure erasure);

    /**
     * The person to erase: their account, address, the address Mailchimp knows them by (null when
     * the same or none), name, and what replaces the name and address.
     */
    record Erasure(AccountId account, EmailAddress email, EmailAddress audienceEmail, String fullName,
            String anonymousName, EmailAddress anonymousEmail) {

        public Erasure {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(email, "e-mail");
            Objects.requireNonNull(fullName, "name");
            Objects.requireNonNull(anonymousName, "anonymous name");
            Objects.requireNonNull(anonymousEmail, "anonymous e-mail");
        }
    }
}

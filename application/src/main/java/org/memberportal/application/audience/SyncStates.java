package org.memberportal.application.audience;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.account.EmailAddress;

/** The audience sync's state per account, and the accounts it looks at. */
public interface SyncStates {

    Optional<SyncState> find(AccountId account);

    /** The state of the account whose member Mailchimp knows by this address. */
    Optional<SyncState> findByAudienceEmail(EmailAddress email);

    /**
     * The states of the accounts whose members Mailchimp knows by these addresses, by the
     * addresses' keys ({@link EmailAddress#key()}): one look-up for a page of the pull.
     */
    Map<String, SyncState> findByAudienceEmails(Collection<EmailAddress> emails);

    /**
     * Stores the state, new or changed, over the stored version it was derived from; refuses with
     * a {@code stale-version} conflict when the row changed since.
     */
    void save(SyncState state);

    /**
     * Stores these states (a push chunk's outcomes) in one batch of writes, each over the stored
     * version it was derived from, and answers the accounts whose row changed since (their states
     * are not stored). Refuses with {@code stale-version} when someone else stored a row for a
     * state derived from none (version 0); nothing is stored then.
     */
    List<AccountId> saveAll(Collection<SyncState> states);

    /**
     * Up to {@code limit} accounts with an id greater than {@code afterAccountId} (every account
     * when null), in id order, each with its company's name, its stored preferences and its state.
     */
    List<SyncSubject> subjectsAfter(String afterAccountId, int limit);

    /** States with a permanent refusal, in account id order; the page key is the account id. */
    Page<SyncError> errors(PageRequest page);
}

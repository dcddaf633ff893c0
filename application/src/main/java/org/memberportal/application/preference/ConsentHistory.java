package org.memberportal.application.preference;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;

/** Every change of every person's mailing preferences, kept for good. */
public interface ConsentHistory {

    void record(ConsentChange change);

    /** One person's changes, newest first; the page key is the change's id. */
    Page<ConsentChange> of(AccountId account, PageRequest page);
}

package org.memberportal.application.audience;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;

/** Agents see the members Mailchimp refused for good, and why. */
public interface ListSyncErrorsUseCase {

    Page<SyncError> errors(Caller caller, PageRequest page);
}

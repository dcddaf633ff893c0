package org.memberportal.application.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;

@ApplicationScoped
@Transactional
public class SyncErrorsListing implements ListSyncErrorsUseCase {

    private final SyncStates states;

    protected SyncErrorsListing() {
        this(null); // for the CDI proxy
    }

    @Inject
    public SyncErrorsListing(SyncStates states) {
        this.states = states;
    }

    @Override
    public Page<SyncError> errors(Caller caller, PageRequest page) {
        Authorization.requireAgent(caller);
        return states.errors(page);
    }
}

package org.memberportal.application.audience;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/**
 * Whether the audience sync has pushed a product to everyone who should have it in their PRODUCTS
 * merge field: a LICENSED notice waits for that, or Mailchimp's segment would miss someone whose
 * company was licensed since the last run. One scan of the audience's subjects, as the sync plans.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PushedProducts implements ProductsPushed {

    private final SyncStates states;

    protected PushedProducts() {
        this(null); // for the CDI proxy
    }

    @Inject
    public PushedProducts(SyncStates states) {
        this.states = states;
    }

    @Override
    public boolean pushedFor(String productTag) {
        String after = null;
        List<SyncSubject> page;
        do {
            page = states.subjectsAfter(after, PushCursor.SCAN);
            boolean waiting = page.stream().map(PendingPush::of).flatMap(Optional::stream)
                    .anyMatch(push -> push.desired().mergeFields().products().contains(productTag));
            if (waiting) {
                return false;
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).account().id().value();
        } while (page.size() == PushCursor.SCAN);
        return true;
    }
}

package org.memberportal.application.session;

/**
 * The callers an instance keeps in memory (a session and its person's memberships, as
 * {@link Sessions#findLiveWithAccount} reads them), each forgotten as soon as it changes, on every
 * instance. The telling takes a moment; a request that changed something waits for it before it
 * answers, so that its caller's next request, on this instance, finds the change.
 */
public interface CachedCallers {

    /** Returns once every change committed so far counts for this instance's callers. */
    void catchUp();
}

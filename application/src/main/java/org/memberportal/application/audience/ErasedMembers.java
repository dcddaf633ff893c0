package org.memberportal.application.audience;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/**
 * Runs with the audience sync: every erased person's member is deleted permanently, one call
 * each, and dropped from the queue once Mailchimp took it. Mailchimp out of reach leaves them
 * queued for the next run; a call repeated after a rollback is harmless (an unknown member counts
 * as deleted).
 */
@ApplicationScoped
@Transactional
public class ErasedMembers implements ForgetErasedMembersUseCase {

    private static final Logger LOG = Logger.getLogger(ErasedMembers.class.getName());

    /** Erasures are rare: a run takes at most this many, the next run the rest. */
    static final int PER_RUN = 500;

    private final AudienceErasures erasures;
    private final AudienceForgetting forgetting;

    protected ErasedMembers() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public ErasedMembers(AudienceErasures erasures, AudienceForgetting forgetting) {
        this.erasures = erasures;
        this.forgetting = forgetting;
    }

    @Override
    public int forgetErased() {
        List<SubscriberHash> pending = erasures.pending(PER_RUN);
        int forgotten = 0;
        for (SubscriberHash member : pending) {
            try {
                forgetting.deletePermanently(member);
            } catch (AudienceRejection e) {
                // kept queued: the next run tries again
                LOG.log(Level.WARNING, "Mailchimp refused to delete an erased person's member for good", e);
                continue;
            }
            erasures.done(member);
            forgotten++;
        }
        return forgotten;
    }
}

package org.memberportal.application.forum;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.domain.forum.PostAuthor;

/**
 * Counts each person's posts in the login throttle's counters (shared by every instance): past the
 * policy's number within its window, a post is refused with the wait until the window has passed.
 */
@ApplicationScoped
public class PostingThrottle {

    private final AttemptCounters counters;
    private final PostingPolicy policy;

    protected PostingThrottle() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public PostingThrottle(AttemptCounters counters, PostingPolicy policy) {
        this.counters = counters;
        this.policy = policy;
    }

    /** Counts one post of the author's, or refuses it (429) when they posted their share already. */
    void count(PostAuthor author, Instant now) {
        AttemptCount count = counters.lock("forum-post:" + author.kind() + ":" + author.id());
        if (count.failuresAt(now, policy.window()) >= policy.posts()) {
            Duration wait = Duration.between(now, count.lastFailureAt().plus(policy.window()));
            throw new TooManyAttempts(wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
        counters.save(count.failedAt(now, policy.window(), Duration.ZERO));
    }
}

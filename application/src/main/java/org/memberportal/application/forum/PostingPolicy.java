package org.memberportal.application.forum;

import java.time.Duration;

/**
 * How much one person may post in the forums: {@code posts} (topics included) within a window that
 * starts again a window after their last post (portal.forums.*).
 */
public record PostingPolicy(int posts, Duration window) {

    public PostingPolicy {
        if (posts < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("forum posting needs a positive limit and window");
        }
    }

    public static PostingPolicy standard() {
        return new PostingPolicy(10, Duration.ofMinutes(10));
    }
}

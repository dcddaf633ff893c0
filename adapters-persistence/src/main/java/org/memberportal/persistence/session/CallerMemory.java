package org.memberportal.persistence.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.memberportal.application.session.Sessions.LiveSession;
import org.memberportal.domain.account.AccountId;

/**
 * The live sessions this instance looked up lately, by token hash, with their person's memberships.
 * It answers only while it holds a lease: the listener that hears of every change renews it as long
 * as its connection is proven alive, and all is forgotten whenever the lease lapses, since changes
 * told meanwhile may have been missed.
 *
 * <p>A look-up that read the database while a change was told must not keep what it read: it may
 * have read the row from before the change. Every change told moves {@link #generation()} on, and
 * {@link #remember} keeps a session only if the generation is still the one seen before the read.
 */
final class CallerMemory {

    /** What the notices say; see the migration that makes the database tell of changes. */
    static final String EVERYONE = "*";
    static final String SESSION = "session:";
    static final String PERSON = "person:";

    private final Cache<String, LiveSession> sessions;
    private final LongSupplier nanoTime;
    private final AtomicLong generation = new AtomicLong();
    private volatile long leaseEnds;
    private volatile boolean leased;

    CallerMemory(int size, Duration timeToLive, LongSupplier nanoTime) {
        this.sessions = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(timeToLive).build();
        this.nanoTime = nanoTime;
    }

    CallerMemory(int size, Duration timeToLive) {
        this(size, timeToLive, System::nanoTime);
    }

    /** The session with this token hash, if it is kept and has not expired at {@code now}. */
    Optional<LiveSession> recall(String tokenHash, Instant now) {
        if (!holdsLease()) {
            return Optional.empty();
        }
        return Optional.ofNullable(sessions.getIfPresent(tokenHash))
                .filter(live -> live.session().expiresAt().isAfter(now));
    }

    /** To be read before the database is: see {@link #remember}. */
    long generation() {
        return generation.get();
    }

    /** Keeps a live session read from the database, unless a change was told since {@code seenGeneration}. */
    void remember(LiveSession live, long seenGeneration) {
        if (holdsLease() && generation.get() == seenGeneration) {
            sessions.put(live.session().tokenHash(), live);
            if (generation.get() != seenGeneration) {
                // told between the check and the put: the notice may have missed what was just put
                sessions.invalidate(live.session().tokenHash());
            }
        }
    }

    /** Forgets what a notice of the database names. */
    void told(String notice) {
        generation.incrementAndGet();
        if (notice.startsWith(SESSION)) {
            sessions.invalidate(notice.substring(SESSION.length()));
        } else if (notice.startsWith(PERSON)) {
            AccountId person = new AccountId(notice.substring(PERSON.length()));
            sessions.asMap().values().removeIf(live -> person.equals(live.session().accountId()));
        } else {
            sessions.invalidateAll();
        }
    }

    /**
     * Answers until {@code length} after {@code provenAliveAt} (a {@link System#nanoTime} reading).
     * After a lapse it starts from nothing.
     */
    void lease(long provenAliveAt, Duration length) {
        if (!holdsLease()) {
            forgetAll();
        }
        leaseEnds = provenAliveAt + length.toNanos();
        leased = true;
    }

    /** Answers nothing until leased again: the changes told from now on may be missed. */
    void lapse() {
        leased = false;
        forgetAll();
    }

    boolean holdsLease() {
        return leased && nanoTime.getAsLong() - leaseEnds < 0;
    }

    long size() {
        return sessions.estimatedSize();
    }

    private void forgetAll() {
        generation.incrementAndGet();
        sessions.invalidateAll();
    }
}

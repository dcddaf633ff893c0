package org.memberportal.mailchimp.fake;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the fake was asked: calls answered per endpoint (refusals included), members sent in
 * member-write calls, and calls turned away (throttled, failed on purpose, unauthenticated)
 * before any work. A sync's cost is in {@link #memberWriteCalls()} and {@link #membersPerWriteCall()}.
 */
public final class CallCounts {

    private final Map<FakeEndpoint, LongAdder> answered = new ConcurrentHashMap<>();
    private final LongAdder membersSent = new LongAdder();
    private final LongAdder turnedAway = new LongAdder();

    void answered(FakeEndpoint endpoint, int members) {
        answered.computeIfAbsent(endpoint, key -> new LongAdder()).increment();
        membersSent.add(members);
    }

    void turnAway() {
        turnedAway.increment();
    }

    public long count(FakeEndpoint endpoint) {
        LongAdder count = answered.get(endpoint);
        return count == null ? 0 : count.sum();
    }

    /** Batch subscribes, PUTs and POSTs of members that reached the audience. */
    public long memberWriteCalls() {
        long calls = 0;
        for (FakeEndpoint endpoint : FakeEndpoint.values()) {
            if (endpoint.writesMembers()) {
                calls += count(endpoint);
            }
        }
        return calls;
    }

    /** Members sent in those calls, refused ones included. */
    public long membersSent() {
        return membersSent.sum();
    }

    public double membersPerWriteCall() {
        long calls = memberWriteCalls();
        return calls == 0 ? 0 : (double) membersSent() / calls;
    }

    /** Calls answered 429, 503 or 401 before reaching an endpoint. */
    public long turnedAway() {
        return turnedAway.sum();
    }

    public Map<FakeEndpoint, Long> byEndpoint() {
        Map<FakeEndpoint, Long> counts = new EnumMap<>(FakeEndpoint.class);
        answered.forEach((endpoint, count) -> counts.put(endpoint, count.sum()));
        return counts;
    }

    void reset() {
        answered.clear();
        membersSent.reset();
        turnedAway.reset();
    }

    @Override
    public String toString() {
        return "calls " + byEndpoint() + ", member writes " + memberWriteCalls() + ", members sent " + membersSent()
                + ", turned away " + turnedAway();
    }
}

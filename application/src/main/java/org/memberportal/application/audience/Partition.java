package org.memberportal.application.audience;

import java.util.ArrayList;
import java.util.List;

/**
 * One of several disjoint shares of the accounts, so that several pushes run side by side
 * (Mailchimp takes 10 connections per key) without two of them writing one member: the accounts
 * with an id after {@code after} (from the first when null) up to and including {@code upTo} (to
 * the last when null). Contiguous ranges, rather than hashes, let every share but the last hold
 * whole chunks ({@link AudienceSyncSteps#CHUNK}), so that a full sync makes the fewest batch calls:
 * ceil(N / chunk).
 */
public record Partition(String after, String upTo) {

    public static final Partition WHOLE = new Partition(null, null);

    public Partition {
        if (after != null && upTo != null && after.compareTo(upTo) >= 0) {
            throw new IllegalArgumentException("an empty range: after " + after + " up to " + upTo);
        }
    }

    /** The shares between these cuts: ascending account ids, each the last of its share; no cut, one WHOLE share. */
    public static List<Partition> cutAt(List<String> cuts) {
        List<Partition> shares = new ArrayList<>(cuts.size() + 1);
        String after = null;
        for (String cut : cuts) {
            shares.add(new Partition(after, cut));
            after = cut;
        }
        shares.add(new Partition(after, null));
        return List.copyOf(shares);
    }

    public boolean contains(String accountId) {
        return (after == null || accountId.compareTo(after) > 0) && (upTo == null || accountId.compareTo(upTo) <= 0);
    }

    /** True when a scan in id order that got this far has seen the whole range. */
    public boolean endsBy(String scannedUpTo) {
        return upTo != null && scannedUpTo != null && scannedUpTo.compareTo(upTo) >= 0;
    }
}

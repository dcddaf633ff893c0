package org.memberportal.application.audience;

/**
 * One of {@code count} disjoint shares of the accounts, so that several pushes run side by side
 * (Mailchimp takes 10 connections per key) without two of them writing one member.
 */
public record Partition(int index, int count) {

    public static final Partition WHOLE = new Partition(0, 1);

    public Partition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition " + index + " of " + count);
        }
    }

    /** String.hashCode is specified, so every instance and every restart agrees on the shares. */
    public boolean contains(String accountId) {
        return Math.floorMod(accountId.hashCode(), count) == index;
    }
}

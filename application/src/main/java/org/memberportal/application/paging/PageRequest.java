package org.memberportal.application.paging;

/**
 * Which page of a long list: the items after {@code after} (the sort key of the last item seen,
 * null for the first page), at most {@code limit} of them.
 */
public record PageRequest(String after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /**
     * For lists ordered by what changes (a search's rank, a topic's last activity), whose page key
     * is the number of items before the page: that number; an IllegalArgumentException for a key
     * that is none.
     */
    public int position() {
        if (after == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(after));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the cursor is not one this portal gave out");
        }
    }

    /** The page after this one in a list paged by position. */
    public String nextPosition() {
        return Integer.toString(position() + limit);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }
}

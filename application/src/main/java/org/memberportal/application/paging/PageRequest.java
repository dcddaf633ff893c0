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

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }
}

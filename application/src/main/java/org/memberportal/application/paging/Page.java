package org.memberportal.application.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code next} is the key to continue after, null on the last page. */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in key order: the extra row, when
     * present, only tells that another page exists.
     */
    public static <T> Page<T> fromOverfetched(List<T> rows, int limit, Function<T, String> key) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, key.apply(items.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}

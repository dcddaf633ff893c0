package org.memberportal.rest.paging;

import java.util.List;
import java.util.function.Function;

import jakarta.json.bind.annotation.JsonbNillable;

import org.memberportal.application.paging.Page;

/** The shape of every list: {@code {items, nextCursor}}, nextCursor null on the last page. */
@JsonbNillable
public record ListPage<T>(List<T> items, String nextCursor) {

    public static <D, T> ListPage<T> of(Page<D> page, Function<D, T> view) {
        return new ListPage<>(page.items().stream().map(view).toList(), Cursor.encode(page.next()));
    }
}

package org.memberportal.persistence.database;

import java.util.ArrayList;
import java.util.List;

/** Values for {@code IN} lists, a bounded number per statement, in their order. */
public final class InLists {

    private InLists() {
    }

    public static <T> List<List<T>> of(List<T> values, int perStatement) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < values.size(); from += perStatement) {
            slices.add(values.subList(from, Math.min(from + perStatement, values.size())));
        }
        return slices;
    }
}

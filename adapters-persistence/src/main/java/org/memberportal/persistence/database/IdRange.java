package org.memberportal.persistence.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Ids taken in order, a slice at a time, each slice read as the range from its first id to its
 * last: two bind parameters where an IN list of a thousand would cost EclipseLink (it looks each
 * positional parameter up in a list) and PostgreSQL (a plan made once for the statement compares
 * each row with every parameter) most of the read. Rows in the range but outside the slice are
 * dropped by {@link #contains}; for ids consecutive in their order (the coverage audit's chunk of
 * companies) there are none.
 */
public record IdRange(String first, String last, Set<String> ids) {

    public IdRange {
        ids = Set.copyOf(ids);
    }

    /** The distinct ids in ascending order, {@code size} per range. */
    public static List<IdRange> of(Collection<String> ids, int size) {
        List<String> sorted = ids.stream().distinct().sorted().toList();
        List<IdRange> ranges = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += size) {
            List<String> slice = sorted.subList(from, Math.min(from + size, sorted.size()));
            ranges.add(new IdRange(slice.get(0), slice.get(slice.size() - 1), Set.copyOf(slice)));
        }
        return ranges;
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }
}

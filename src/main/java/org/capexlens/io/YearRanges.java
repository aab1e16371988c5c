package org.capexlens.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Years as a reader writes them: runs joined by an en dash, the rest by commas ({@code 2018, 2020–2024}). */
public final class YearRanges {
    private YearRanges() {
    }

    /**
     * @param years  fiscal years in any order, duplicates allowed; not {@code null}.
     * @return e.g. {@code 2018, 2020–2024}; empty for no years.
     */
    public static String format(Collection<Integer> years) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int y : new TreeSet<>(years)) {
            if (prev != null && y == prev + 1) {
                prev = y;
                continue;
            }
            if (start != null) {
                parts.add(run(start, prev));
            }
            start = y;
            prev = y;
        }
        if (start != null) {
            parts.add(run(start, prev));
        }
        return String.join(", ", parts);
    }

    private static String run(int start, int end) {
        return start == end ? Integer.toString(start) : start + "\u2013" + end;
    }
}

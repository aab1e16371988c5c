package org.capexlens.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a sheet's header row when title lines stand above it ("AI capex by company", "Source: 10-K filings"): the
 * first of the first {@link #ROWS} rows that are not blank which names every required column of the sheet; when
 * none does, the one naming most of its columns (the first row when none names any, as before, so that a missing
 * column is reported on the row the user meant).
 */
final class HeaderSearch {
    /** How many rows that are not blank are searched. */
    static final int ROWS = 10;
    private static final int SHOWN_CHARS = 60;

    /** A row held back until the header is known. */
    record Held(int row, List<RawCell> cells) {
    }

    private final SheetSchema.Sheet schema;
    private final List<Held> held = new ArrayList<>();
    private int headerIndex = -1;

    HeaderSearch(SheetSchema.Sheet schema) {
        this.schema = schema;
    }

    /**
     * Holds a row that is not blank.
     *
     * @return {@code true} when the header is now known ({@link #decide} then gives the rows).
     */
    boolean offer(int row, List<RawCell> cells) {
        held.add(new Held(row, List.copyOf(cells.stream().map(c -> c == null ? RawCell.BLANK : c).toList())));
        if (namesEveryRequired(cells)) {
            headerIndex = held.size() - 1;
            return true;
        }
        return held.size() >= ROWS;
    }

    boolean holdsRows() {
        return !held.isEmpty();
    }

    /** The rows held, in order; the header is at {@link #headerIndex()}. */
    List<Held> decide() {
        if (headerIndex < 0) {
            int best = 0;
            int bestScore = -1;
            for (int i = 0; i < held.size(); i++) {
                int score = matched(held.get(i).cells()).size();
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            headerIndex = bestScore > 0 ? best : 0;
        }
        List<Held> out = List.copyOf(held);
        held.clear();
        return out;
    }

    int headerIndex() {
        return headerIndex;
    }

    private boolean namesEveryRequired(List<RawCell> cells) {
        Set<String> m = matched(cells);
        return !m.isEmpty() && m.containsAll(schema.requiredColumns());
    }

    private Set<String> matched(List<RawCell> cells) {
        Set<String> names = new HashSet<>();
        for (RawCell c : cells) {
            if (c != null && c.kind() == RawCell.Kind.TEXT) {
                schema.column(c.text()).ifPresent(col -> names.add(col.name()));
            }
        }
        return names;
    }

    /** A row as a message quotes it: its cells that are not blank, cut short. */
    static String shown(List<RawCell> cells) {
        List<String> parts = new ArrayList<>();
        for (RawCell c : cells) {
            if (c != null && !c.isBlank()) {
                parts.add(c.display().trim());
            }
        }
        String s = String.join(", ", parts);
        return RowReader.quote(s.length() > SHOWN_CHARS ? s.substring(0, SHOWN_CHARS) + "\u2026" : s);
    }
}

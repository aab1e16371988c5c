package org.capexlens.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Headers the user told us how to read: for a sheet whose header row has a given set of headers, which header
 * holds which field ({@code Spend} → {@code capex_usd_b}). An entry applies only to a header row with exactly its
 * set of headers (compared through {@link HeaderNames#normalize}), so a mapping made for one file never misreads
 * another laid out differently. Immutable.
 */
public final class ColumnMapping {
    /**
     * One remembered mapping.
     *
     * @param sheet     the canonical sheet name ({@code capex}), not {@code null}.
     * @param headers   the normalised headers of the header row, sorted, not empty.
     * @param columns   header as written → canonical field, not empty.
     */
    public record Entry(String sheet, List<String> headers, Map<String, String> columns) {
        public Entry {
            Objects.requireNonNull(sheet, "sheet");
            headers = List.copyOf(new TreeSet<>(headers));
            columns = Map.copyOf(columns);
            if (headers.isEmpty() || columns.isEmpty()) {
                throw new IllegalArgumentException("a column mapping needs headers and columns, was " + headers
                        + " " + columns);
            }
        }
    }

    private static final ColumnMapping NONE = new ColumnMapping(List.of());

    private final List<Entry> entries;

    public ColumnMapping(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No mapping: every header is read by its name or a synonym. */
    public static ColumnMapping none() {
        return NONE;
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The normalised, sorted key of a header row.
     *
     * @param headers  the headers as written; blanks ignored.
     */
    public static List<String> key(List<String> headers) {
        TreeSet<String> key = new TreeSet<>();
        for (String h : headers) {
            String n = HeaderNames.normalize(h);
            if (!n.isEmpty()) {
                key.add(n);
            }
        }
        return List.copyOf(key);
    }

    /**
     * The mapping for a header row; empty when none was remembered for it.
     *
     * @param sheet    canonical sheet name.
     * @param headers  the header row's headers as written.
     * @return header as written → canonical field.
     */
    public Map<String, String> find(String sheet, List<String> headers) {
        List<String> key = key(headers);
        for (Entry e : entries) {
            if (e.sheet().equals(sheet) && e.headers().equals(key)) {
                return e.columns();
            }
        }
        return Map.of();
    }

    /** This mapping with {@code entry} added, replacing one for the same sheet and headers. */
    public ColumnMapping with(Entry entry) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!(e.sheet().equals(entry.sheet()) && e.headers().equals(entry.headers()))) {
                out.add(e);
            }
        }
        out.add(entry);
        return new ColumnMapping(out);
    }

    /** Whether nothing is remembered. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Header → field of every entry, by sheet, for messages and tests. */
    public Map<String, Map<String, String>> bySheet() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        entries.forEach(e -> out.computeIfAbsent(e.sheet(), s -> new LinkedHashMap<>()).putAll(e.columns()));
        return out;
    }
}

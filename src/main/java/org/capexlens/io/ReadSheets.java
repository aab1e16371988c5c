package org.capexlens.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The known sheets read so far in one load, by their canonical names, in the order the file has them. */
final class ReadSheets {
    private final String file;
    private final Map<String, SheetState<?>> sheets = new LinkedHashMap<>();

    /**
     * @param file  the file name that messages about a sheet not in the file carry.
     */
    ReadSheets(String file) {
        this.file = file;
    }

    boolean isEmpty() {
        return sheets.isEmpty();
    }

    boolean contains(String sheet) {
        return sheets.containsKey(sheet);
    }

    /** The sheet read under its canonical name {@code sheet}; {@code null} when the file has none. */
    SheetState<?> get(String sheet) {
        return sheets.get(sheet);
    }

    void add(SheetState<?> state) {
        sheets.put(state.schema.name(), state);
    }

    /** The first sheet the file has; there must be one. */
    SheetState<?> first() {
        return sheets.values().iterator().next();
    }

    /** Whether {@code sheet} is in the file and its header was usable. */
    boolean readable(String sheet) {
        SheetState<?> s = sheets.get(sheet);
        return s != null && !s.broken;
    }

    /** The rows read of {@code sheet}, whose records the caller knows to be {@code T}; none when it is missing. */
    @SuppressWarnings("unchecked")
    <T> List<SheetState.Row<T>> rows(String sheet) {
        SheetState<?> s = sheets.get(sheet);
        return s == null ? List.of() : (List<SheetState.Row<T>>) (List<?>) s.rows;
    }

    /** The records read of {@code sheet}, in row order, whose type the caller knows; none when it is missing. */
    <T> List<T> values(String sheet) {
        List<SheetState.Row<T>> rows = rows(sheet);
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.value()));
        return out;
    }

    /** Where a message about {@code column} of row {@code row} of {@code sheet} points, as the file names them. */
    Location at(String sheet, int row, String column) {
        SheetState<?> s = sheets.get(sheet);
        return s == null ? new Location(file, sheet, row, column)
                : new Location(s.file, s.nameInFile, row, s.header(column));
    }
}

package org.capexlens.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sheet refused because its header row lacks required columns: what a column-mapping dialog needs to offer the
 * user a choice among the file's own headers.
 *
 * @param file       the file the messages name, not {@code null}.
 * @param sheet      the canonical sheet name ({@code capex}), not {@code null}.
 * @param nameInFile the sheet as the file names it, not {@code null}.
 * @param headers    the header row's headers as written, in file order.
 * @param missing    the canonical names of the required fields not found, in schema order, not empty.
 * @param closest    field → the unused header closest to it; a field without one is absent.
 * @param samples    header → its first few values that are not blank, as the cells show them (for the user to
 *                   recognise the column), at most {@link #SAMPLES} each.
 */
public record MissingColumns(String file, String sheet, String nameInFile, List<String> headers,
        List<String> missing, Map<String, String> closest, Map<String, List<String>> samples) {
    /** How many values of each column are kept. */
    public static final int SAMPLES = 3;

    public MissingColumns {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(nameInFile, "nameInFile");
        headers = List.copyOf(headers);
        missing = List.copyOf(missing);
        closest = Map.copyOf(closest);
        samples = Map.copyOf(samples);
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("missing columns needs at least one field");
        }
    }
}

package org.capexlens.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was read of one known sheet: where it came from, how its header named each column, and the rows that
 * became records.
 *
 * @param <T>  the record a row becomes.
 */
final class SheetState<T> {
    /** A row that became a record, with where it came from. */
    record Row<T>(T value, int row) {
    }

    final SheetSchema.Sheet schema;
    final String nameInFile;
    /** The file its messages name: the assembler's file, or the sheet's own file in a folder of CSV files. */
    final String file;
    /** Column name → the header as the file spells it, for messages. */
    final Map<String, String> headers = new HashMap<>();
    final List<Row<T>> rows = new ArrayList<>();
    boolean headerSeen;
    /** A required column is missing: the sheet's rows are not read. */
    boolean broken;

    SheetState(SheetSchema.Sheet schema, String nameInFile, String file) {
        this.schema = schema;
        this.nameInFile = nameInFile;
        this.file = file;
    }

    /** The header the file gives {@code column}; the column's own name when the file has none. */
    String header(String column) {
        return headers.getOrDefault(column, column);
    }
}

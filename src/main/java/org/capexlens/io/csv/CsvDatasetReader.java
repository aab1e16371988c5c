package org.capexlens.io.csv;

import java.nio.file.Path;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.io.WorkbookSink;

/** Reads one CSV file (whose name or header tells its sheet) or a folder of CSV files named after the sheets. */
public final class CsvDatasetReader {
    private CsvDatasetReader() {
    }

    /**
     * @param path  a CSV file or a folder of them, not {@code null}.
     * @param sink  receives every sheet and row.
     * @throws ImportException  when the file cannot be read or its header names no sheet.
     */
    public static void read(Path path, WorkbookSink sink) throws ImportException {
        throw ImportException.invalid(Location.ofFile(String.valueOf(path.getFileName())), "csv: not yet");
    }
}

package org.capexlens.io.xlsx;

import java.nio.file.Path;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.io.WorkbookSink;

/** Streams an {@code .xlsx} workbook (POI SAX) into a {@link WorkbookSink}. */
public final class XlsxReader {
    private XlsxReader() {
    }

    /**
     * @param path  the workbook, not {@code null}.
     * @param sink  receives every sheet and row.
     * @throws ImportException  for an encrypted, truncated, oversized or otherwise unreadable workbook.
     */
    public static void read(Path path, WorkbookSink sink) throws ImportException {
        throw ImportException.invalid(Location.ofFile(String.valueOf(path.getFileName())), "xlsx: not yet");
    }
}

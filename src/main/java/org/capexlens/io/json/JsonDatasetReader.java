package org.capexlens.io.json;

import java.nio.file.Path;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.io.WorkbookSink;

/** Reads a JSON dataset: an object whose members are the sheets, each an array of row objects. */
public final class JsonDatasetReader {
    private JsonDatasetReader() {
    }

    /**
     * @param path  the JSON file, not {@code null}.
     * @param sink  receives every sheet and row.
     * @throws ImportException  when the file is not valid JSON of that shape.
     */
    public static void read(Path path, WorkbookSink sink) throws ImportException {
        throw ImportException.invalid(Location.ofFile(String.valueOf(path.getFileName())), "json: not yet");
    }
}

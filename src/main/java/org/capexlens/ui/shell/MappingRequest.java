package org.capexlens.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.capexlens.io.MissingColumns;
import org.capexlens.ui.common.LoadError;

/**
 * A load refused because required columns were not found: what the column-mapping dialog offers, and the error to
 * show when the user declines.
 *
 * @param file      the file or folder to read again, not {@code null}.
 * @param fileName  its name as messages show it, not {@code null}.
 * @param missing   the sheets that lack required columns, not empty.
 * @param error     every message of the failed load, not {@code null}.
 */
public record MappingRequest(Path file, String fileName, List<MissingColumns> missing, LoadError error) {
    public MappingRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(error, "error");
        missing = List.copyOf(missing);
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("a mapping request needs a sheet with missing columns");
        }
    }
}

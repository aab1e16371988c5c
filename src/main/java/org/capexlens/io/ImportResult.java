package org.capexlens.io;

import java.util.List;
import java.util.Objects;
import org.capexlens.domain.Dataset;

/**
 * A successfully loaded dataset and the warnings met while loading it (rows skipped, unknown columns …).
 *
 * @param dataset   the data, not {@code null}.
 * @param warnings  located warnings in file order, never {@code null}; contains no errors.
 * @param fileName  the name of the file it came from (for display), not {@code null}.
 */
public record ImportResult(Dataset dataset, List<ImportMessage> warnings, String fileName) {
    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(fileName, "fileName");
        for (ImportMessage m : warnings) {
            if (m.severity() != Severity.WARNING) {
                throw new IllegalArgumentException("an ImportResult holds only warnings, found " + m);
            }
        }
    }
}

package org.capexlens.ui.shell;

import java.nio.file.Path;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportResult;

/**
 * Loads a dataset file. The app passes {@code DatasetReader::read}; view-model tests pass a fake.
 * Called on a worker thread.
 */
@FunctionalInterface
public interface DatasetLoader {
    /**
     * @param file  the file or folder to read, not {@code null}.
     * @return the dataset with its warnings.
     * @throws ImportException  with located messages when the file cannot be read or is not valid.
     */
    ImportResult load(Path file) throws ImportException;
}

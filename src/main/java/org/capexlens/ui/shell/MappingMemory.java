package org.capexlens.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.io.ColumnMapping;
import org.capexlens.io.ImportException;
import org.capexlens.io.json.ColumnMappingJson;
import org.capexlens.io.load.DatasetReader;

/**
 * The column mappings the dashboard remembers, per sheet and set of headers, in {@code column-mappings.json} of the
 * preferences folder ({@code capexlens.home}). Read once, on first use; every change is written at once
 * (atomically). A file that cannot be read or written is logged and treated as empty: remembering is a
 * convenience, and the load the user asked for still uses the mapping just chosen. Thread-safe: loads read it on
 * the worker thread.
 */
public final class MappingMemory {
    /** The file's name in the preferences folder. */
    public static final String FILE = "column-mappings.json";

    private static final Logger LOG = Logger.getLogger(MappingMemory.class.getName());

    private final Path file;
    private ColumnMapping current;

    /** @param file  where the mappings are kept, or {@code null} to keep them for this session only. */
    public MappingMemory(Path file) {
        this.file = file;
    }

    /** The mappings remembered so far. */
    public synchronized ColumnMapping current() {
        if (current == null) {
            current = ColumnMapping.none();
            if (file != null) {
                try {
                    current = ColumnMappingJson.read(file);
                } catch (ImportException e) {
                    LOG.log(Level.WARNING, "column mappings not applied: " + e.firstError().format(), e.getCause());
                }
            }
        }
        return current;
    }

    /** Remembers {@code entries} (replacing those for the same sheet and headers) and writes the file. */
    public synchronized void remember(List<ColumnMapping.Entry> entries) {
        ColumnMapping next = current();
        for (ColumnMapping.Entry e : entries) {
            next = next.with(e);
        }
        current = next;
        save();
    }

    /**
     * Forgets every mapping and deletes the file.
     *
     * @return whether there was any to forget.
     */
    public synchronized boolean forget() {
        boolean had = !current().isEmpty();
        current = ColumnMapping.none();
        if (file != null) {
            try {
                had |= Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                LOG.log(Level.WARNING, "could not delete " + file, e);
                save();
            }
        }
        return had;
    }

    /** {@code base} for a file no remembered mapping could apply to; else the reader with the mappings. */
    public DatasetLoader wrap(DatasetLoader base) {
        return path -> {
            ColumnMapping m = current();
            return m.isEmpty() ? base.load(path) : DatasetReader.read(path, m);
        };
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ColumnMappingJson.write(current, file);
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "could not remember the column mapping in " + file, e);
        }
    }
}

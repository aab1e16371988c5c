package org.capexlens.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file or folder could not be written: an export, a scenario, the preferences, the autosave, a sidecar, the
 * command line's {@code --out}. The write counterpart of {@link ImportException}, kept apart from it so that a
 * caller can tell "could not save" from "could not load" by type — the CLI maps both I/O kinds to exit code 3,
 * but only a load failure carries located messages about the file's content.
 *
 * <p>{@link #getMessage()} is a plain-language sentence naming the path and why (no permission, no such folder,
 * disk full…), ready to show as it is; the library exception behind it, if any, is the {@link #getCause() cause}
 * and belongs in the log only. Writes are atomic ({@link AtomicFiles}), so the file named is either absent or its
 * previous version.
 *
 * <p>It is an {@link IOException} so that {@link AtomicFiles.Content} may throw it through unchanged.
 */
public class WriteException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    /**
     * @param path     the file or folder that could not be written, not {@code null}.
     * @param message  plain-language sentence naming the path and the reason, not {@code null}.
     * @param cause    the underlying exception for the log, or {@code null}.
     */
    public WriteException(Path path, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The file or folder that could not be written, as the writer was given it. */
    public Path path() {
        return path;
    }
}

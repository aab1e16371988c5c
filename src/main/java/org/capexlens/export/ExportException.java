package org.capexlens.export;

import java.nio.file.Path;
import java.util.List;

/**
 * An export could not be written. {@link #getMessage()} is a plain sentence naming the path and why (no
 * permission, no such folder, disk full…), ready to show. Every file is written atomically, so the failed file
 * is either absent or its previous version; {@link #written()} lists the complete files the same export wrote
 * before the failure.
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final transient List<ExportedFile> written;

    /**
     * @param message  plain-language message naming the path, not {@code null}.
     * @param path     the file or folder that could not be written, not {@code null}.
     * @param written  complete files written before the failure, not {@code null}.
     * @param cause    the underlying exception, for the log.
     */
    public ExportException(String message, Path path, List<ExportedFile> written, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.written = List.copyOf(written);
    }

    /** The file or folder that could not be written. */
    public Path path() {
        return path;
    }

    /** Complete files the export wrote before it failed, in order. */
    public List<ExportedFile> written() {
        return written;
    }
}

package org.capexlens.export;

import java.nio.file.Path;
import java.util.List;
import org.capexlens.io.WriteException;

/**
 * An export could not be written: a {@link WriteException} that also says what the same export had already
 * written. {@link #getMessage()} is a plain sentence naming the path and why (no permission, no such folder, disk
 * full…), ready to show. Every file is written atomically, so the failed file is either absent or its previous
 * version; {@link #written()} lists the complete files the same export wrote before the failure.
 */
public final class ExportException extends WriteException {
    private static final long serialVersionUID = 1L;

    private final transient List<ExportedFile> written;

    /**
     * @param message  plain-language message naming the path, not {@code null}.
     * @param path     the file or folder that could not be written, not {@code null}.
     * @param written  complete files written before the failure, not {@code null}.
     * @param cause    the underlying exception, for the log.
     */
    public ExportException(String message, Path path, List<ExportedFile> written, Throwable cause) {
        super(path, message, cause);
        this.written = List.copyOf(written);
    }

    /** Complete files the export wrote before it failed, in order. */
    public List<ExportedFile> written() {
        return written;
    }
}

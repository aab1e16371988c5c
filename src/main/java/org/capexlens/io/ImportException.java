package org.capexlens.io;

import java.util.List;

/**
 * A file could not be loaded. Carries at least one located message; the caller keeps whatever it had loaded
 * before. {@link Kind#IO} means the file could not be read at all (missing, locked, unreadable) — the CLI maps it
 * to exit code 3 — and {@link Kind#INVALID} means it was read but is not a valid dataset (exit code 2).
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the load failed. */
    public enum Kind { INVALID, IO }

    private final Kind kind;
    private final transient List<ImportMessage> messages;

    public ImportException(Kind kind, List<ImportMessage> messages, Throwable cause) {
        super(messages.isEmpty() ? "import failed" : messages.get(0).format(), cause);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("an ImportException needs at least one message");
        }
        this.kind = kind;
        this.messages = List.copyOf(messages);
    }

    public ImportException(Kind kind, List<ImportMessage> messages) {
        this(kind, messages, null);
    }

    /** A failure described by a single error message. */
    public static ImportException invalid(Location location, String message) {
        return new ImportException(Kind.INVALID, List.of(ImportMessage.error(location, message)));
    }

    /** A failure described by a single error message, with the library exception kept for the log. */
    public static ImportException invalid(Location location, String message, Throwable cause) {
        return new ImportException(Kind.INVALID, List.of(ImportMessage.error(location, message)), cause);
    }

    /** The file could not be read. */
    public static ImportException io(Location location, String message, Throwable cause) {
        return new ImportException(Kind.IO, List.of(ImportMessage.error(location, message)), cause);
    }

    public Kind kind() {
        return kind;
    }

    /** All messages, errors and the warnings met before them, in file order; never empty. */
    public List<ImportMessage> messages() {
        return messages;
    }

    /** The first error message (what a dialog shows first). */
    public ImportMessage firstError() {
        return messages.stream().filter(m -> m.severity() == Severity.ERROR).findFirst().orElse(messages.get(0));
    }

    // ---- column mapping (issue 15) ----

    private transient List<MissingColumns> missingColumns = List.of();

    /**
     * Sheets refused because their header row lacks required columns, with the file's headers; empty when the
     * failure has other causes only. The dashboard offers a column-mapping dialog from these.
     */
    public List<MissingColumns> missingColumns() {
        return missingColumns == null ? List.of() : missingColumns;
    }

    /** This exception carrying {@code missing} (see {@link #missingColumns()}). */
    ImportException withMissingColumns(List<MissingColumns> missing) {
        this.missingColumns = List.copyOf(missing);
        return this;
    }
}

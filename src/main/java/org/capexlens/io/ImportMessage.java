package org.capexlens.io;

import java.util.Objects;

/**
 * One located, plain-language message about a user's file.
 *
 * @param severity  warning or error, not {@code null}.
 * @param location  where, not {@code null}.
 * @param message   what was wrong and what was expected, in words a spreadsheet user understands; not blank.
 */
public record ImportMessage(Severity severity, Location location, String message) {
    public ImportMessage {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }

    public static ImportMessage error(Location location, String message) {
        return new ImportMessage(Severity.ERROR, location, message);
    }

    public static ImportMessage warning(Location location, String message) {
        return new ImportMessage(Severity.WARNING, location, message);
    }

    /** {@code file:sheet:row:column: message}, the command-line form. */
    public String format() {
        return location.format() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}

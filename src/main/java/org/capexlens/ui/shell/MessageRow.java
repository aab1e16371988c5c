package org.capexlens.ui.shell;

import org.capexlens.io.ImportMessage;
import org.capexlens.io.Severity;
import org.capexlens.text.Messages;

/**
 * One line of the validation-messages table: an {@link ImportMessage} split into sortable columns.
 *
 * @param severity  display text of the severity ("warning", "error").
 * @param sheet     sheet name, empty for a message about the whole file.
 * @param row       1-based row, {@code null} for a message about a whole sheet or file (sorts first).
 * @param column    column header as written in the file, empty for a whole row.
 * @param message   the plain-language message.
 */
public record MessageRow(String severity, String sheet, Integer row, String column, String message) {

    /** The table line for a message. */
    public static MessageRow of(ImportMessage m) {
        String severity = m.severity() == Severity.ERROR ? Messages.get("ui.shell.severity.error")
                : Messages.get("ui.shell.severity.warning");
        return new MessageRow(severity, m.location().sheet(), m.location().row() == 0 ? null : m.location().row(),
                m.location().column(), m.message());
    }
}

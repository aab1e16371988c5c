package org.capexlens.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.Severity;
import org.capexlens.text.Messages;

/**
 * Why the last load failed, as the error dialog shows it.
 *
 * @param fileName  the name of the file that failed, not {@code null}.
 * @param messages  every located message, errors and warnings in file order; not empty.
 */
public record LoadError(String fileName, List<ImportMessage> messages) {
    public LoadError {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a load error needs at least one message");
        }
    }

    /** The first error as {@code file:sheet:row:column: message}: the dialog's main text. */
    public String firstMessage() {
        return messages.stream().filter(m -> m.severity() == Severity.ERROR).findFirst()
                .orElse(messages.get(0)).format();
    }

    /** Every message, one per line, warnings marked; the dialog's expandable details. */
    public String details() {
        return messages.stream()
                .map(m -> m.severity() == Severity.ERROR ? m.format()
                        : Messages.get("ui.shell.error.warningLine", m.location().format(), m.message()))
                .collect(Collectors.joining("\n"));
    }
}

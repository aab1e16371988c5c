package org.capexlens.ui.dashboard;

import java.util.Objects;
import org.capexlens.ui.common.LoadError;

/**
 * A command that failed (opening or saving a scenario), as its error dialog shows it.
 *
 * @param header  the dialog's header, e.g. "Could not open my.json"; not {@code null}.
 * @param error   the located messages, not {@code null}.
 */
public record CommandError(String header, LoadError error) {
    public CommandError {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(error, "error");
    }
}

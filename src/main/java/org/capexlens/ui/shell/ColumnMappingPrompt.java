package org.capexlens.ui.shell;

import java.util.function.Consumer;

/**
 * Shows the column-mapping dialog; the app uses {@link FxColumnMappingDialog}, tests a fake that answers at once.
 * Called on the FX thread; does not wait for the user.
 */
@FunctionalInterface
public interface ColumnMappingPrompt {
    /**
     * Lets the user choose a header for each missing field.
     *
     * @param mapping  the dialog's state, which the user's choices change; not {@code null}.
     * @param answer   called once on the FX thread: {@code true} when the user accepted a valid mapping.
     */
    void ask(ColumnMappingViewModel mapping, Consumer<Boolean> answer);
}

package org.capexlens.ui.session;

import org.capexlens.scenario.Scenario;

/**
 * Asks whether to restore the scenario autosaved by a session that did not end cleanly. The app shows a dialog;
 * tests answer directly.
 */
@FunctionalInterface
public interface RestorePrompt {
    /**
     * @param autosaved  the scenario found in the autosave, not {@code null}.
     * @return {@code true} to continue with it.
     */
    boolean restore(Scenario autosaved);
}

package org.capexlens.ui.common;

/**
 * Runs an action once things have been quiet for a while: each {@link #schedule} restarts the wait, so a burst of
 * changes (a slider drag) costs one action. The app uses {@link FxDebouncer}; tests run the action at once or by
 * hand.
 */
@FunctionalInterface
public interface Debouncer {
    /**
     * Runs {@code action} on the UI thread after the quiet period, replacing any action still waiting.
     *
     * @param action  not {@code null}.
     */
    void schedule(Runnable action);

    /** A debouncer that runs every action at once, for tests and for code paths that must not wait. */
    static Debouncer immediate() {
        return Runnable::run;
    }
}

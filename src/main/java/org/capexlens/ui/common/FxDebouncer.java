package org.capexlens.ui.common;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX timeline: no thread of its own, the action runs on the FX thread. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable pending;

    /** @param quiet  how long nothing must be scheduled before the action runs, not {@code null}. */
    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(Objects.requireNonNull(quiet, "quiet"));
        pause.setOnFinished(e -> flush());
    }

    @Override
    public void schedule(Runnable action) {
        pending = Objects.requireNonNull(action, "action");
        pause.playFromStart();
    }

    /** Runs the waiting action now (at exit, so that the last change is not lost). */
    public void flush() {
        pause.stop();
        Runnable r = pending;
        pending = null;
        if (r != null) {
            r.run();
        }
    }
}

package org.capexlens.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one threading seam of the UI (STYLE habit 6): view models hand background work to a runner and get the
 * value back on the thread that may touch their properties. The app uses {@link FxTaskRunner}; tests use a runner
 * that calls everything at once on the caller's thread.
 */
public interface TaskRunner {

    /** A submitted piece of work. */
    @FunctionalInterface
    interface Handle {
        /** Asks the work to stop; its callbacks are not called afterwards. Harmless once it has finished. */
        void cancel();
    }

    /**
     * Runs {@code work} in the background, then exactly one of the callbacks (unless cancelled).
     *
     * @param work       computes a value; must not touch UI state. Not {@code null}.
     * @param onSuccess  receives the value on the UI thread, not {@code null}.
     * @param onFailure  receives what {@code work} threw on the UI thread, not {@code null}.
     * @param <T>        the value's type.
     * @return a handle to cancel the work.
     */
    <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}

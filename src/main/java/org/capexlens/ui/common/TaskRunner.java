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

    // Issue 11: long work with a progress bar and a cancel button (the Monte Carlo simulation).

    /** What long work reports to, and asks, while it runs. */
    interface Progress {
        /** {@code done} of {@code total} steps are finished. */
        void update(long done, long total);

        /** Whether the work was cancelled and should stop now. */
        boolean cancelled();
    }

    /** Work that reports progress. */
    @FunctionalInterface
    interface ProgressWork<T> {
        /** Computes the value; must not touch UI state. */
        T call(Progress progress) throws Exception;
    }

    /**
     * Runs {@code work} in the background with progress: {@code onProgress} receives the finished fraction (0..1)
     * on the UI thread. This default reports on the worker's thread, which is right for the immediate runner of
     * tests; {@link FxTaskRunner} reports on the FX thread.
     */
    default <T> Handle submit(ProgressWork<T> work, java.util.function.DoubleConsumer onProgress,
            Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Handle h = submit(() -> work.call(new Progress() {
            @Override
            public void update(long done, long total) {
                onProgress.accept(total == 0 ? 1 : (double) done / total);
            }

            @Override
            public boolean cancelled() {
                return stop.get() || Thread.currentThread().isInterrupted();
            }
        }), onSuccess, onFailure);
        return () -> {
            stop.set(true);
            h.cancel();
        };
    }
}

package org.capexlens.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Runs work as a {@link Task} on a small pool of daemon threads; the callbacks run on the JavaFX application
 * thread. Daemon threads so that a load still running never keeps the JVM alive after the window closes.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    /** Two cores on the target machines: one load plus one recompute at a time is plenty. */
    private static final int THREADS = 2;
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor;

    public FxTaskRunner() {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = base.newThread(r);
            t.setDaemon(true);
            t.setName("capexlens-worker-" + count.incrementAndGet());
            return t;
        });
    }

    @Override
    public <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // Closed: the app is quitting (a debounced autosave may still fire). The work is dropped, as promised.
            LOG.log(Level.FINE, "runner closed; work dropped", e);
            return () -> { };
        }
        return () -> task.cancel(true);
    }

    @Override
    public <T> Handle submit(ProgressWork<T> work, java.util.function.DoubleConsumer onProgress,
            Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.progressProperty().addListener((obs, old, p) -> onProgress.accept(Math.max(0, p.doubleValue())));
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "runner closed; work dropped", e);
            return () -> { };
        }
        return () -> task.cancel(true);
    }

    /** Stops the pool; work still running is interrupted and its callbacks never run; later work is dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}

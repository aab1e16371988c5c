package org.capexlens.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work as a {@link Task} on a small pool of daemon threads; the callbacks run on the JavaFX application
 * thread. Daemon threads so that a load still running never keeps the JVM alive after the window closes.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    /** Two cores on the target machines: one load plus one recompute at a time is plenty. */
    private static final int THREADS = 2;

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
        executor.execute(task);
        return () -> task.cancel(true);
    }

    /** Stops the pool; work still running is interrupted and its callbacks never run. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package org.capexlens.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.capexlens.ui.common.TaskRunner;

/**
 * Holds submitted work until the test finishes it, in any order, to play out races deterministically. It
 * delivers results even for cancelled work, so a test proves the view model itself drops stale results.
 */
final class ManualTaskRunner implements TaskRunner {

    /** One submitted piece of work. */
    static final class Job<T> {
        private final Callable<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super Throwable> onFailure;
        private boolean cancelled;

        Job(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        /** Runs the work now and delivers its outcome, as the UI thread would receive it. */
        void finish() {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(value);
        }

        boolean cancelled() {
            return cancelled;
        }
    }

    private final List<Job<?>> jobs = new ArrayList<>();

    @Override
    public <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        Job<T> job = new Job<>(work, onSuccess, onFailure);
        jobs.add(job);
        return () -> job.cancelled = true;
    }

    Job<?> job(int index) {
        return jobs.get(index);
    }

    int submitted() {
        return jobs.size();
    }
}

package org.capexlens.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the caller's thread: view-model tests need no toolkit and no waiting. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> Handle submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(value);
        return () -> { };
    }
}

package org.capexlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** What the dashboard's UI tests share: waiting on the FX thread, and removing their temporary session folder. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    /** Waits until the dashboard has a computed result and is not computing, then for pending FX events. */
    public static void settled(org.capexlens.ui.App.Dashboard app) throws TimeoutException {
        waitUntil(() -> app.dash().computedProperty().get() != null && !app.dash().computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to 60 s) until {@code condition}, evaluated on the FX thread, holds; then lets FX events settle. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Deletes {@code dir} and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.capexlens.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.ui.App;
import org.capexlens.ui.assumptions.PolicyChoice;
import org.capexlens.ui.common.FxTaskRunner;
import org.capexlens.ui.dashboard.ChartActions;

/**
 * Not a test: the main class of the separate JVM that {@link CrashRestoreFxTest} kills with SIGKILL. It opens the
 * dashboard on the default dataset with a real {@link SessionStore} in the folder given as its only argument, makes
 * two edits a user makes in the assumptions panel ({@link #POLICY}, then {@link #OVERRIDE_LIFE} years for
 * {@link #OVERRIDE_COMPANY}), waits until the autosave on disk reads back as the edited scenario, prints
 * {@value #READY} on its own line and then waits to be killed.
 *
 * <p>A plain class that starts the toolkit with {@link Platform#startup} (not an {@code Application} subclass as
 * main class), so that JavaFX runs from the class path, as {@code org.capexlens.ui.Launcher} does. Any failure
 * prints to stderr and exits with {@value #FAILED}, so that the test reports it instead of waiting.
 */
public final class CrashVictim {
    /** The line printed once the edited scenario is on disk. */
    static final String READY = "AUTOSAVED";
    /** The depreciation toggle position the victim chooses. */
    static final PolicyChoice POLICY = PolicyChoice.SHORT;
    /** The company whose life the victim overrides. */
    static final String OVERRIDE_COMPANY = "Meta";
    /** The life typed into that company's override field, years. */
    static final String OVERRIDE_LIFE = "6";
    /** The exit status of a victim that failed before it could be killed. */
    static final int FAILED = 3;

    private static final long STEP_TIMEOUT_MS = 60_000;
    private static final long POLL_MS = 25;

    private CrashVictim() {
    }

    /** @param args  the session folder. */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            // The toolkit's threads would keep a JVM with a failed main alive: report and end it.
            t.printStackTrace();
            System.exit(FAILED);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CrashVictim SESSION_FOLDER");
        }
        SessionStore store = new SessionStore(Path.of(args[0]));
        Platform.setImplicitExit(false);
        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.startup(toolkit::countDown);
        if (!toolkit.await(STEP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start");
        }
        // Answers no: a fresh folder has nothing to offer, and a stale offer must not change the scenario.
        App.Dashboard app = onFx(() -> App.showDashboard(new Stage(), new FxTaskRunner(), new App.Setup(store,
                DatasetReader::read, offered -> false, url -> { }, ChartActions.NONE), () -> { }));
        await("the first computation", () -> onFx(() -> app.dash().computedProperty().get() != null
                && !app.dash().computingProperty().get()));
        List<String> refused = onFx(() -> {
            List<String> messages = new ArrayList<>();
            app.assumptions().choosePolicy(POLICY);
            app.assumptions().setOverride(OVERRIDE_COMPANY, OVERRIDE_LIFE).ifPresent(messages::add);
            return messages;
        });
        if (!refused.isEmpty()) {
            throw new IllegalStateException("the override was refused: " + refused);
        }
        Scenario edited = onFx(() -> app.dash().stateProperty().get().scenario());
        await("the autosave of " + edited, () -> store.readAutosave().filter(edited::equals).isPresent());
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(STEP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    /** A check that may throw, so that {@link #await} can poll the FX thread. */
    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STEP_TIMEOUT_MS);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(POLL_MS);
        }
    }
}

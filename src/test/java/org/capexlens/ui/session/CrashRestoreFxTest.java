package org.capexlens.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.ui.App;
import org.capexlens.ui.assumptions.OverrideRow;
import org.capexlens.ui.assumptions.PolicyChoice;
import org.capexlens.ui.common.FxTaskRunner;
import org.capexlens.ui.dashboard.ChartActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * Issue 6 for real: a dashboard running in its own JVM is killed with SIGKILL right after its autosave reached the
 * disk, and the next launch offers exactly the scenario the user had and restores it as one undo step.
 * {@link RestoreFxTest} covers the same offer from a hand-made folder; this test proves the folder a real kill
 * leaves behind is such a folder.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CrashRestoreFxTest {
    /** The victim prints its ready line within this; a cold JVM, the toolkit and the default dataset take ~5 s. */
    private static final long READY_TIMEOUT_SECONDS = 90;
    /** Exit status of a process ended by signal 9 (128 + 9). */
    private static final int KILLED_BY_SIGKILL = 137;
    /** System properties the toolkit and the logs need in the victim as in this JVM (set by the pom). */
    private static final List<String> COPIED_PROPERTIES = List.of("testfx.robot", "testfx.headless",
            "glass.platform", "monocle.platform", "prism.order", "java.awt.headless", "log4j.provider",
            "java.util.logging.config.file");
    /** JVM options of this JVM the victim needs too (native access on newer JDKs, opened packages). */
    private static final List<String> COPIED_OPTION_PREFIXES = List.of("--enable-native-access",
            "--sun-misc-unsafe-memory-access", "--add-opens", "--add-exports", "--add-modules");
    /** How many characters of the victim's output a failure message quotes. */
    private static final int TAIL = 4000;

    /**
     * What the victim's two edits make of the default scenario, written out by hand: the 2–3 y toggle (2.5 years
     * for every company), Meta overridden to 6 years, and the name an edited scenario gets.
     */
    private static final Scenario BEFORE_THE_CRASH = edited(Scenario.defaults(), "As reported (modified)",
            new DepreciationPolicy.Uniform(2.5), Map.of("Meta", new DepreciationPolicy.Uniform(6)));

    @TempDir
    Path dir;

    private Stage stage;
    private Process victim;
    private Path victimOut;
    private Path victimErr;
    private final List<FxTaskRunner> runners = new ArrayList<>();

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @AfterEach
    void stop() throws InterruptedException {
        // Whatever failed, no dashboard JVM outlives the test.
        if (victim != null && victim.isAlive()) {
            victim.destroyForcibly();
            victim.waitFor(30, TimeUnit.SECONDS);
        }
        runners.forEach(FxTaskRunner::close);
    }

    @Test
    void aDashboardKilledWithSigkillIsOfferedItsScenarioAtTheNextLaunchAndRestoresIt(FxRobot robot)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        // As after an earlier session that ended cleanly: the victim's launch must remove the marker itself.
        Files.writeString(home.resolve(SessionStore.CLEAN_EXIT), "clean exit\n");

        victim = startVictim(home);
        awaitReady();
        victim.destroyForcibly();
        assertTrue(victim.waitFor(30, TimeUnit.SECONDS), "the killed victim did not end" + victimOutput());
        assertEquals(KILLED_BY_SIGKILL, victim.exitValue(), "the victim was not ended by SIGKILL" + victimOutput());

        assertFalse(Files.exists(home.resolve(SessionStore.CLEAN_EXIT)), "a killed session left a clean-exit marker");
        assertEquals(Optional.of(BEFORE_THE_CRASH), new SessionStore(home).readAutosave());

        List<Scenario> offered = new CopyOnWriteArrayList<>();
        Launch launch = launch(home, offered);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                launch.app().dash().computedProperty().get() != null && !launch.app().dash().computingProperty().get()
                        && launch.app().dash().stateProperty().get().scenario().equals(BEFORE_THE_CRASH)).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(BEFORE_THE_CRASH), offered);
        assertEquals(Scenario.defaults(), launch.started(), "the launch starts with the remembered scenario");
        assertEquals(BEFORE_THE_CRASH, launch.app().dash().computedProperty().get().state().scenario());
        // The assumptions panel shows the restored edits.
        assertEquals(PolicyChoice.SHORT, launch.app().assumptions().policyChoiceProperty().get());
        assertEquals(Optional.of(new OverrideRow("Meta", "6", true)), launch.app().assumptions().overrides()
                .stream().filter(r -> r.company().equals("Meta")).findFirst());
        assertEquals("Restored the autosaved scenario As reported (modified)",
                launch.app().shell().statusProperty().get());

        robot.interact(() -> launch.app().dash().undo());
        assertEquals(launch.started(), launch.app().dash().stateProperty().get().scenario());

        // Back to the restored work, then a clean exit: the next launch starts with it and offers nothing.
        robot.interact(() -> launch.app().dash().redo());
        robot.interact(() -> launch.app().session().close(0, 0, 1200, 800, false));
        assertTrue(Files.exists(home.resolve(SessionStore.CLEAN_EXIT)), "a clean exit leaves the marker");
        Launch again = launch(home, offered);
        assertEquals(BEFORE_THE_CRASH, again.started());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                again.app().dash().computedProperty().get() != null
                        && !again.app().dash().computingProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(BEFORE_THE_CRASH), offered, "offered only once");
        assertEquals(BEFORE_THE_CRASH, again.app().dash().stateProperty().get().scenario());
    }

    /** A dashboard launched in this JVM and the scenario it started with (before any restore). */
    private record Launch(App.Dashboard app, Scenario started) {
    }

    private Launch launch(Path home, List<Scenario> offered)
            throws InterruptedException, ExecutionException, TimeoutException {
        FxTaskRunner runner = new FxTaskRunner();
        runners.add(runner);
        return WaitForAsyncUtils.asyncFx(() -> {
            App.Dashboard app = App.showDashboard(stage, runner, new App.Setup(new SessionStore(home),
                    DatasetReader::read, s -> {
                        offered.add(s);
                        return true;
                    }, url -> { }, ChartActions.NONE), () -> { });
            // The offer comes once the first load has ended, so this is still the launch's own scenario.
            return new Launch(app, app.dash().stateProperty().get().scenario());
        }).get(60, TimeUnit.SECONDS);
    }

    private Process startVictim(Path home) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx256m");
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (COPIED_OPTION_PREFIXES.stream().anyMatch(option::startsWith)) {
                command.add(option);
            }
        }
        for (String key : COPIED_PROPERTIES) {
            String value = System.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        command.add("-cp");
        command.add(classPath());
        command.add(CrashVictim.class.getName());
        command.add(home.toString());
        victimOut = dir.resolve("victim.out");
        victimErr = dir.resolve("victim.err");
        return new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
                .redirectOutput(victimOut.toFile()).redirectError(victimErr.toFile()).start();
    }

    /**
     * The class path of this test JVM. Under Surefire {@code java.class.path} is a manifest-only booter jar, which
     * a child JVM could use too; the real entries are clearer in a failure message.
     */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        while (!Files.readAllLines(victimOut, StandardCharsets.UTF_8).contains(CrashVictim.READY)) {
            if (!victim.isAlive()) {
                fail("the victim ended with status " + victim.exitValue() + " before its autosave" + victimOutput());
            }
            if (System.nanoTime() > deadline) {
                fail("no " + CrashVictim.READY + " from the victim within " + READY_TIMEOUT_SECONDS + " s"
                        + victimOutput());
            }
            Thread.sleep(50);
        }
    }

    private String victimOutput() {
        return "\n--- victim stdout ---\n" + tail(victimOut) + "\n--- victim stderr ---\n" + tail(victimErr);
    }

    private static String tail(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.length() <= TAIL ? text : "…" + text.substring(text.length() - TAIL);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static Scenario edited(Scenario s, String name, DepreciationPolicy policy,
            Map<String, DepreciationPolicy> overrides) {
        return s.toBuilder().name(name).policy(policy).companyOverrides(overrides).build();
    }
}

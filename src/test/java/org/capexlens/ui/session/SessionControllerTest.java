package org.capexlens.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.json.Preferences;
import org.capexlens.io.json.PreferencesJson;
import org.capexlens.ui.common.Debouncer;
import org.capexlens.ui.common.ImmediateTaskRunner;
import org.capexlens.ui.common.UiTheme;
import org.capexlens.ui.dashboard.DashboardFixtures;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.capexlens.ui.shell.ShellViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave, recent files and the clean exit, with the writes run at once. */
class SessionControllerTest {
    @TempDir
    Path home;
    private SessionStore store;
    private ShellViewModel shell;
    private DashboardViewModel dash;
    private final List<Runnable> waiting = new ArrayList<>();
    private SessionController session;

    @BeforeEach
    void start() {
        store = new SessionStore(home);
        shell = new ShellViewModel(DashboardFixtures.loader(), new ImmediateTaskRunner());
        dash = new DashboardViewModel(shell, new ImmediateTaskRunner(), Scenario.defaults(), Locale.ROOT);
        Debouncer manual = waiting::add;
        session = new SessionController(store, Preferences.defaults(), shell, dash, new ImmediateTaskRunner(),
                manual);
        shell.open(DashboardFixtures.DEFAULT);
    }

    @Test
    void everyScenarioChangeIsAutosavedOnceTheChangesPause() {
        Scenario three = dash.stateProperty().get().scenario().withPolicy(new DepreciationPolicy.Uniform(3));
        dash.apply(three);
        dash.apply(three.withPolicy(new DepreciationPolicy.Uniform(4)));
        assertEquals(Optional.empty(), store.readAutosave(), "nothing written while changes go on");
        waiting.get(waiting.size() - 1).run();
        assertEquals(Optional.of(three.withPolicy(new DepreciationPolicy.Uniform(4))), store.readAutosave());
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutRepeatsAndAtMostEight() throws Exception {
        shell.open(DashboardFixtures.GOOD);
        shell.open(DashboardFixtures.DEFAULT);
        assertEquals(List.of(DashboardFixtures.DEFAULT.toAbsolutePath(), DashboardFixtures.GOOD.toAbsolutePath()),
                session.recentFiles());
        assertEquals(List.of(DashboardFixtures.DEFAULT.toAbsolutePath().toString(),
                DashboardFixtures.GOOD.toAbsolutePath().toString()),
                PreferencesJson.read(home.resolve("preferences.json")).recentFiles());
        session.clearRecent();
        assertTrue(session.recentFiles().isEmpty());
        assertEquals(8, SessionController.MAX_RECENT);
    }

    @Test
    void aCleanExitWritesWindowDatasetScenarioThemeAndTheMarker() throws Exception {
        dash.setTheme(UiTheme.DARK);
        Scenario three = dash.stateProperty().get().scenario().withPolicy(new DepreciationPolicy.Uniform(3));
        dash.apply(three);
        session.close(40, 30, 1280, 800, false);

        Preferences p = PreferencesJson.read(home.resolve("preferences.json"));
        assertEquals(new Preferences(40.0, 30.0, 1280.0, 800.0, false, "dark",
                DashboardFixtures.DEFAULT.toAbsolutePath().toString(),
                List.of(DashboardFixtures.DEFAULT.toAbsolutePath().toString()), three), p);
        assertEquals(Optional.of(three), store.readAutosave());
        assertTrue(Files.exists(home.resolve("clean-exit")));
        assertFalse(store.startSession(), "after a clean exit nothing is offered");
    }
}

package org.capexlens.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.ImportException;
import org.capexlens.ui.App;
import org.capexlens.ui.FxTestSupport;
import org.capexlens.ui.common.FxTaskRunner;
import org.capexlens.ui.dashboard.ChartActions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * A launch after a session that ended without closing the window (no clean-exit marker, an autosave present)
 * offers the autosave; accepting it makes it the working scenario as one undo step. Also: corrupt preferences
 * start the app with the defaults and a notice.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class RestoreFxTest {
    private static final Scenario AUTOSAVED = Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(3))
            .withName("Work in progress");

    private FxTaskRunner runner;
    private App.Dashboard app;
    private Path home;
    private final List<Scenario> offered = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException, ImportException {
        home = Files.createTempDirectory("capexlens-restore-");
        SessionStore store = new SessionStore(home);
        store.writeAutosave(AUTOSAVED);
        Files.writeString(home.resolve("preferences.json"), "{ this is not json");
        runner = new FxTaskRunner();
        app = App.showDashboard(stage, runner, new App.Setup(store, DatasetReader::read, s -> {
            offered.add(s);
            return true;
        }, url -> { }, ChartActions.NONE), () -> { });
    }

    @AfterEach
    void stop() throws IOException {
        runner.close();
        FxTestSupport.deleteTree(home);
    }

    @Test
    void theAutosaveIsOfferedAndRestoredAsOneStepAndCorruptPreferencesGiveANotice(FxRobot robot)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                app.dash().computedProperty().get() != null && !app.dash().computingProperty().get()
                        && app.dash().stateProperty().get().scenario().equals(AUTOSAVED)).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(AUTOSAVED), offered);
        assertEquals(AUTOSAVED, app.dash().computedProperty().get().state().scenario());
        robot.interact(() -> app.dash().undo());
        assertEquals(Scenario.defaults(), app.dash().stateProperty().get().scenario());
        assertEquals("The preferences in " + home.resolve("preferences.json") + " could not be read (not valid"
                + " JSON near line 1); starting with the default settings", app.dash().noticeProperty().get());
    }
}

package org.capexlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.ui.common.FxTaskRunner;
import org.capexlens.ui.dashboard.ChartActions;
import org.capexlens.ui.session.SessionStore;

/**
 * The dashboard as a UI test opens it: the real loader on the default dataset, session files in a temporary folder,
 * no restore offered, links ignored.
 *
 * @param app     the running dashboard.
 * @param runner  its background runner.
 * @param home    its session folder.
 */
public record TestDashboard(App.Dashboard app, FxTaskRunner runner, Path home) {

    /** Builds and shows the dashboard in {@code stage} with these export menu items. */
    public static TestDashboard show(Stage stage, ChartActions actions) throws IOException {
        FxTaskRunner runner = new FxTaskRunner();
        Path home = Files.createTempDirectory("capexlens-fx-");
        App.Dashboard app = App.showDashboard(stage, runner, new App.Setup(new SessionStore(home), DatasetReader::read,
                s -> false, url -> { }, actions), () -> { });
        return new TestDashboard(app, runner, home);
    }

    /** Stops the runner and removes the session folder. */
    public void close() throws IOException {
        runner.close();
        FxTestSupport.deleteTree(home);
    }
}

package org.capexlens.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.ImportException;
import org.capexlens.io.WriteException;
import org.capexlens.io.json.Presets;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.UiTheme;
import org.capexlens.ui.dashboard.DashboardView;
import org.capexlens.ui.dashboard.DashboardViewModel;

/**
 * The snapshot option ({@value App#SNAPSHOT}): the app draws itself once in the asked theme, preset and tab, saves
 * the window as a PNG and exits. Used for the README's screenshot; it reports to stderr, as there is nobody to see
 * a dialog.
 */
final class SnapshotMode {
    private static final Logger LOG = Logger.getLogger(SnapshotMode.class.getName());

    private SnapshotMode() {
    }

    /** Sets the theme and the preset asked for; before the dataset arrives, so the first result already has them. */
    static void prepare(DashboardViewModel dash) {
        dash.setTheme("dark".equalsIgnoreCase(System.getProperty(App.SNAPSHOT_THEME)) ? UiTheme.DARK
                : UiTheme.LIGHT);
        String preset = System.getProperty(App.SNAPSHOT_PRESET);
        if (preset != null) {
            try {
                dash.apply(Presets.load(preset));
            } catch (ImportException e) {
                System.err.println(e.firstError().format());
            }
        }
        prepareScenario(dash);
    }

    /** Issue 11: a scenario file to apply ({@code capexlens.snapshot.scenario}), after the preset. */
    static final String SNAPSHOT_SCENARIO = "capexlens.snapshot.scenario";
    /** Issue 11: runs of a simulation (seed 1) to show in the fan charts ({@code capexlens.snapshot.simulate}). */
    static final String SNAPSHOT_SIMULATE = "capexlens.snapshot.simulate";

    /** Applies the scenario file asked for, if any. */
    static void prepareScenario(DashboardViewModel dash) {
        String file = System.getProperty(SNAPSHOT_SCENARIO);
        if (file != null) {
            try {
                dash.apply(org.capexlens.io.json.ScenarioJson.read(Path.of(file)));
            } catch (ImportException e) {
                System.err.println(e.firstError().format());
            }
        }
    }

    /** Runs the simulation asked for on the FX thread (a snapshot has nothing else to do) and shows it. */
    static void simulate(DashboardViewModel dash) {
        String runs = System.getProperty(SNAPSHOT_SIMULATE);
        if (runs == null || dash.stateProperty().get().dataset() == null) {
            return;
        }
        var state = dash.stateProperty().get();
        dash.setSimulation(state.dataset(), state.scenario(), org.capexlens.calc.MonteCarlo.run(state.dataset(),
                state.scenario(), Integer.parseInt(runs.trim()), 1, 2026, 2028,
                org.capexlens.calc.MonteCarlo.Monitor.NONE));
    }

    /** Shows the tab asked for, lets it settle, writes the window to {@code file} and exits. */
    static void takeAndExit(Stage stage, DashboardView view, Path file) {
        view.selectTab(System.getProperty(App.SNAPSHOT_TAB, "overview"));
        // A tab shown for the first time gets its charts and its layout in the next pulses; half a second is ample.
        PauseTransition settle = new PauseTransition(Duration.millis(System.getProperty(SNAPSHOT_SIMULATE) != null
                ? 1500 : 600));
        settle.setOnFinished(e -> {
            try {
                BufferedImage image = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageIO.write(image, "png", bytes);
                AtomicFiles.write(file, bytes.toByteArray());
                System.err.println(Messages.get("ui.app.snapshotWritten", file.toAbsolutePath().toString()));
            } catch (WriteException ex) {
                LOG.log(Level.SEVERE, "snapshot failed", ex);
                System.err.println(ex.getMessage());
            } catch (IOException ex) {
                LOG.log(Level.SEVERE, "snapshot failed", ex);
                System.err.println(Messages.get("ui.app.snapshotFailed", file.toString()));
            }
            Platform.exit();
        });
        settle.play();
    }
}

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
    }

    /** Shows the tab asked for, lets it settle, writes the window to {@code file} and exits. */
    static void takeAndExit(Stage stage, DashboardView view, Path file) {
        view.selectTab(System.getProperty(App.SNAPSHOT_TAB, "overview"));
        // A tab shown for the first time gets its charts and its layout in the next pulses; half a second is ample.
        PauseTransition settle = new PauseTransition(Duration.millis(600));
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

package org.capexlens.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.WriteException;
import org.capexlens.io.json.Preferences;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.Debouncer;
import org.capexlens.ui.common.TaskRunner;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.capexlens.ui.dashboard.RecentFiles;
import org.capexlens.ui.shell.ShellViewModel;

/**
 * Keeps the {@link SessionStore} in step with the dashboard: autosaves the working scenario shortly after every
 * change (debounced, written in the background), remembers recent files and the theme, and writes everything at a
 * clean exit. Needs no running JavaFX toolkit.
 */
public final class SessionController implements RecentFiles {
    /** How many recent datasets File ▸ Open recent lists. */
    public static final int MAX_RECENT = 8;
    private static final Logger LOG = Logger.getLogger(SessionController.class.getName());

    private final SessionStore store;
    private final ShellViewModel shell;
    private final DashboardViewModel dash;
    private final TaskRunner runner;
    private final Debouncer autosave;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private Preferences prefs;

    /**
     * @param store     where the files live, not {@code null}.
     * @param initial   the preferences read at launch, not {@code null}.
     * @param shell     the dataset loader, not {@code null}.
     * @param dash      the dashboard, not {@code null}.
     * @param runner    runs the writes in the background, not {@code null}.
     * @param autosave  delays the autosave until changes pause, not {@code null}.
     */
    public SessionController(SessionStore store, Preferences initial, ShellViewModel shell, DashboardViewModel dash,
            TaskRunner runner, Debouncer autosave) {
        this.store = Objects.requireNonNull(store, "store");
        this.prefs = Objects.requireNonNull(initial, "initial");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.dash = Objects.requireNonNull(dash, "dash");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        for (String p : initial.recentFiles()) {
            recent.add(Path.of(p));
        }
        dash.stateProperty().addListener((obs, old, s) -> {
            if (old == null || !old.scenario().equals(s.scenario())) {
                Scenario scenario = s.scenario();
                autosave.schedule(() -> writeAutosave(scenario));
            }
        });
        shell.currentFileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                remember(file);
            }
        });
        dash.themeProperty().addListener((obs, old, t) -> {
            prefs = prefs.withTheme(t.code());
            savePreferencesInBackground();
        });
    }

    /** Datasets opened recently, most recent first, at most {@value #MAX_RECENT} (read-only). */
    @Override
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    /** The preferences as they stand now (what {@link #close} would write, apart from the window). */
    public Preferences preferences() {
        return current();
    }

    /** Forgets the recent-file list. */
    @Override
    public void clearRecent() {
        recent.clear();
        prefs = prefs.withDataset(prefs.lastDataset(), List.of());
        savePreferencesInBackground();
    }

    /**
     * Writes everything at a clean exit, on the calling thread: preferences with the window geometry, the
     * autosave and the clean-exit marker. A failure is logged; the window closes anyway.
     */
    public void close(double x, double y, double width, double height, boolean maximized) {
        prefs = current().withWindow(x, y, width, height, maximized);
        try {
            store.savePreferences(prefs);
            store.writeAutosave(dash.stateProperty().get().scenario());
            store.markCleanExit();
        } catch (WriteException e) {
            LOG.log(Level.WARNING, "could not save the session: " + e.getMessage(), e);
        }
    }

    private Preferences current() {
        Path file = shell.currentFileProperty().get();
        List<String> paths = new ArrayList<>();
        recent.forEach(p -> paths.add(p.toString()));
        return prefs.withDataset(file == null ? prefs.lastDataset() : file.toAbsolutePath().toString(), paths)
                .withScenario(dash.stateProperty().get().scenario());
    }

    private void remember(Path file) {
        Path abs = file.toAbsolutePath();
        recent.remove(abs);
        recent.add(0, abs);
        if (recent.size() > MAX_RECENT) {
            recent.remove(MAX_RECENT, recent.size());
        }
        savePreferencesInBackground();
    }

    private void savePreferencesInBackground() {
        Preferences snapshot = current();
        runner.submit(() -> {
            store.savePreferences(snapshot);
            return snapshot;
        }, saved -> { }, failure -> failed(Messages.get("ui.session.prefs.writeFailed", store.home().toString()), failure));
    }

    private void writeAutosave(Scenario scenario) {
        runner.submit(() -> {
            store.writeAutosave(scenario);
            return scenario;
        }, saved -> { }, failure -> failed(Messages.get("ui.session.autosave.failed", store.home().toString()), failure));
    }

    private void failed(String what, Throwable failure) {
        LOG.log(Level.WARNING, "session write failed", failure);
        dash.showNotice(failure instanceof WriteException e ? what + " " + e.getMessage() : what);
    }
}

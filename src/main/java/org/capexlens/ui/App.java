package org.capexlens.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.capexlens.scenario.Scenario;
import org.capexlens.io.load.DatasetReader;
import org.capexlens.io.DefaultDataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.json.Preferences;
import org.capexlens.io.json.Presets;
import org.capexlens.text.Messages;
import org.capexlens.ui.assumptions.AssumptionsView;
import org.capexlens.ui.assumptions.AssumptionsViewModel;
import org.capexlens.ui.common.Dialogs;
import org.capexlens.ui.common.FxDebouncer;
import org.capexlens.ui.common.FxDialogs;
import org.capexlens.ui.common.FxTaskRunner;
import org.capexlens.ui.common.LoadError;
import org.capexlens.ui.common.TaskRunner;
import org.capexlens.ui.common.Timing;
import org.capexlens.ui.common.UiTheme;
import org.capexlens.ui.dashboard.ChartActions;
import org.capexlens.ui.dashboard.DashboardActions;
import org.capexlens.ui.dashboard.DashboardMenus;
import org.capexlens.ui.dashboard.DashboardView;
import org.capexlens.ui.dashboard.DashboardViewModel;
import org.capexlens.ui.dashboard.Prefetch;
import org.capexlens.ui.dashboard.ScenarioChoice;
import org.capexlens.ui.export.ExportActions;
import org.capexlens.ui.export.ExportViewModel;
import org.capexlens.ui.session.RestorePrompt;
import org.capexlens.ui.session.SessionController;
import org.capexlens.ui.session.SessionStore;
import org.capexlens.ui.shell.DatasetLoader;
import org.capexlens.ui.shell.ShellCommands;
import org.capexlens.ui.shell.ShellView;
import org.capexlens.ui.shell.ShellViewModel;

/**
 * The JavaFX application: the dashboard on the last (or the default) dataset. Started by {@link Launcher} (from the
 * jar) or directly by {@code ./mvnw javafx:run}.
 *
 * <p>System properties: {@value #SNAPSHOT} = a PNG file makes the app draw itself once, save a snapshot of the
 * window there and exit ({@value #SNAPSHOT_TAB} picks the tab by id, {@value #SNAPSHOT_THEME} {@code light} or
 * {@code dark}, {@value #SNAPSHOT_SIZE} e.g. {@code 1400x860}, {@value #SNAPSHOT_PRESET} a preset id; see
 * {@link SnapshotMode}); {@value Timing#PROPERTY} prints timings to stderr; {@value SessionStore#HOME_PROPERTY} moves
 * the preferences folder.
 */
public final class App extends Application {
    /** Snapshot the window to this PNG file after the first full paint, then exit. */
    public static final String SNAPSHOT = "capexlens.snapshot";
    /** The tab to snapshot (one of {@link DashboardView#TAB_IDS}; default overview). */
    public static final String SNAPSHOT_TAB = "capexlens.snapshot.tab";
    /** The theme to snapshot: light (default) or dark. */
    public static final String SNAPSHOT_THEME = "capexlens.snapshot.theme";
    /** The window size of the snapshot, WIDTHxHEIGHT (default 1400x860). */
    public static final String SNAPSHOT_SIZE = "capexlens.snapshot.size";
    /** A preset (e.g. {@code burry-2-3y}) to apply before the snapshot; default: as reported. */
    public static final String SNAPSHOT_PRESET = "capexlens.snapshot.preset";

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 860;

    private FxTaskRunner runner;
    private Dashboard dashboard;
    private Stage stage;

    /**
     * How a dashboard is set up: the app passes the real pieces, UI tests pass a temporary folder and their own
     * answers.
     *
     * @param store     the session files, or {@code null} to remember nothing (snapshot mode).
     * @param loader    reads datasets, not {@code null}.
     * @param prompt    asks whether to restore an autosave after an unclean exit, not {@code null}.
     * @param openLink  opens a web address or file URI, not {@code null}.
     * @param actions   export menu items, not {@code null}.
     */
    public record Setup(SessionStore store, DatasetLoader loader, RestorePrompt prompt, Consumer<String> openLink,
            ChartActions actions) {
        public Setup {
            Objects.requireNonNull(loader, "loader");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(openLink, "openLink");
            Objects.requireNonNull(actions, "actions");
        }
    }

    /** The pieces of a running dashboard, for the app's exit and for tests. */
    public record Dashboard(ShellViewModel shell, DashboardViewModel dash, AssumptionsViewModel assumptions,
            ShellView shellView, DashboardView view, SessionController session) {
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Instant launched = launchInstant();
        Timing.report("jvm-start-to-fx-start", Duration.between(launched, Instant.now()).toNanos());
        String snapshot = System.getProperty(SNAPSHOT);
        runner = new FxTaskRunner();
        Dialogs dialogs = new FxDialogs(() -> primary);
        ExportActions exports = new ExportActions(
                new ExportViewModel(runner, Locale.getDefault(Locale.Category.FORMAT)), dialogs);
        Setup setup = new Setup(snapshot == null ? SessionStore.standard() : null, DatasetReader::read,
                s -> askRestore(dialogs, s), url -> getHostServices().showDocument(url), exports);
        dashboard = showDashboard(primary, runner, setup, Platform::exit, true);
        exports.viewModel().statusProperty().addListener((obs, old, text) -> {
            if (text != null && !text.isEmpty()) {
                dashboard.shell().announce(text);
            }
        });
        // The size to remember for a maximised window is the one it had before.
        primary.widthProperty().addListener((obs, old, w) -> {
            if (!primary.isMaximized()) {
                lastWidth = w.doubleValue();
            }
        });
        primary.heightProperty().addListener((obs, old, h) -> {
            if (!primary.isMaximized()) {
                lastHeight = h.doubleValue();
            }
        });
        lastWidth = primary.getWidth();
        lastHeight = primary.getHeight();
        Timing.report("jvm-start-to-window-shown", Duration.between(launched, Instant.now()).toNanos());
        boolean[] first = {true};
        dashboard.view().addChartsShownListener(c -> {
            if (first[0]) {
                first[0] = false;
                Timing.report("launch-to-first-chart", Duration.between(launched, Instant.now()).toNanos());
                if (snapshot != null) {
                    SnapshotMode.simulate(dashboard.dash());
                    SnapshotMode.takeAndExit(primary, dashboard.view(), Path.of(snapshot));
                }
            }
        });
        if (snapshot != null) {
            SnapshotMode.prepare(dashboard.dash());
        }
    }

    @Override
    public void stop() {
        if (dashboard != null && dashboard.session() != null && stage != null) {
            dashboard.session().close(stage.getX(), stage.getY(), stage.isMaximized() ? lastWidth : stage.getWidth(),
                    stage.isMaximized() ? lastHeight : stage.getHeight(), stage.isMaximized());
        }
        if (runner != null) {
            runner.close();
        }
    }

    private double lastWidth = DEFAULT_WIDTH;
    private double lastHeight = DEFAULT_HEIGHT;

    /**
     * Builds the dashboard into {@code stage}, shows it and starts loading the last dataset (or the default one).
     *
     * @param stage   the window, not {@code null}.
     * @param runner  the one background runner, not {@code null}.
     * @param setup   the pieces to use, not {@code null}.
     * @param onQuit  what File ▸ Quit does, not {@code null}.
     * @return the running dashboard.
     */
    public static Dashboard showDashboard(Stage stage, TaskRunner runner, Setup setup, Runnable onQuit) {
        return showDashboard(stage, runner, setup, onQuit, false);
    }

    /**
     * {@link #showDashboard(Stage, TaskRunner, Setup, Runnable)}, optionally with the assumptions panel built just
     * after the first chart is drawn. Its controls and their styling are about a third of a second of the FX
     * thread's launch work (measured: launch to first chart 3.3 s with, 2.9 s without); built afterwards, the chart
     * comes first and the panel follows a moment later in the space its placeholder already holds. Its view model
     * exists from the start, so nothing a user or the session does waits for the view.
     *
     * @param panelAfterFirstChart  {@code true} to build the panel after the first chart (the app), {@code false}
     *                              to build it with the window (tests, which look at it at once).
     */
    public static Dashboard showDashboard(Stage stage, TaskRunner runner, Setup setup, Runnable onQuit,
            boolean panelAfterFirstChart) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        SessionStore store = setup.store();
        SessionStore.Loaded prefs = store == null ? new SessionStore.Loaded(Preferences.defaults(), "")
                : store.loadPreferences();
        boolean offerRestore = store != null && store.startSession();

        Scenario initial = prefs.preferences().lastScenario() != null ? prefs.preferences().lastScenario()
                : Scenario.defaults();
        UiTheme theme = UiTheme.ofCode(prefs.preferences().theme());
        Prefetch prefetch = new Prefetch(initial, theme, locale);
        // Column mappings the user chose in the mapping dialog, remembered next to the preferences (issue 15).
        org.capexlens.ui.shell.MappingMemory mappings = new org.capexlens.ui.shell.MappingMemory(
                store == null ? null : store.home().resolve(org.capexlens.ui.shell.MappingMemory.FILE));
        ShellViewModel shell = new ShellViewModel(prefetch.wrap(mappings.wrap(setup.loader())), runner);
        DashboardViewModel dash = new DashboardViewModel(shell, runner, initial, locale, prefetch);
        dash.setTheme(theme);
        // The dataset is read while the window is being built: on a busy machine that overlap is most of launch.
        String last = prefs.preferences().lastDataset();
        if (last != null && Files.exists(Path.of(last))) {
            shell.open(Path.of(last));
            // A remembered file that no longer loads is reported, then the default dataset takes its place.
            shell.errorProperty().addListener(new javafx.beans.value.ChangeListener<LoadError>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends LoadError> obs, LoadError old,
                        LoadError error) {
                    shell.errorProperty().removeListener(this);
                    if (error != null && shell.resultProperty().get() == null) {
                        shell.open(DefaultDataset.FILE_NAME, DefaultDataset::locate);
                    }
                }
            });
        } else {
            shell.open(DefaultDataset.FILE_NAME, DefaultDataset::locate);
        }
        dash.loadPresets(App::presets);
        AssumptionsViewModel assumptions = new AssumptionsViewModel(dash, locale);
        SessionController session = store == null ? null : new SessionController(store, prefs.preferences(), shell,
                dash, runner, new FxDebouncer(javafx.util.Duration.millis(750)));

        ShellView shellView = new ShellView(shell);
        Dialogs dialogs = new FxDialogs(() -> stage);
        boolean[] panelBuilt = {false};
        Runnable buildPanel = () -> {
            if (!panelBuilt[0]) {
                panelBuilt[0] = true;
                shellView.setLeft(new AssumptionsView(assumptions, dash).root());
            }
        };
        if (!panelAfterFirstChart) {
            buildPanel.run();
        }
        DashboardView view = new DashboardView(shellView, shell, dash, new DashboardView.Wiring(
                new ShellCommands(shell, dialogs, new org.capexlens.ui.shell.FxColumnMappingDialog(() -> stage),
                        mappings), dialogs, session, setup.openLink(), setup.actions(), onQuit));
        if (panelAfterFirstChart) {
            view.addChartsShownListener(c -> Platform.runLater(buildPanel));
            // Whatever becomes of the first load (a failure, a slow disk), the panel is there within a second.
            PauseTransition fallback = new PauseTransition(javafx.util.Duration.seconds(1));
            fallback.setOnFinished(e -> buildPanel.run());
            fallback.play();
        }
        stage.titleProperty().bind(shell.titleProperty());
        Preferences p = prefs.preferences();
        double width = p.windowWidth() != null ? p.windowWidth() : DEFAULT_WIDTH;
        double height = p.windowHeight() != null ? p.windowHeight() : DEFAULT_HEIGHT;
        String size = System.getProperty(SNAPSHOT_SIZE);
        if (size != null && size.matches("\\d{3,5}x\\d{3,5}")) {
            width = Double.parseDouble(size.substring(0, size.indexOf('x')));
            height = Double.parseDouble(size.substring(size.indexOf('x') + 1));
        }
        // Never larger than the screen: a remembered or default size can exceed a small laptop's display.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        width = Math.min(width, screen.getWidth());
        height = Math.min(height, screen.getHeight());
        stage.setScene(new Scene(shellView.root(), width, height));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        if (p.windowX() != null && p.windowY() != null && onScreen(p.windowX(), p.windowY(), width, height)) {
            stage.setX(p.windowX());
            stage.setY(p.windowY());
        }
        stage.setMaximized(p.maximized());
        stage.show();
        if (!prefs.notice().isEmpty()) {
            dash.showNotice(prefs.notice());
        }
        if (offerRestore) {
            // Asked once the first load has ended, over the dashboard it will change (and so that restoring is
            // an undo step on top of the loaded dataset rather than lost in the history's first reset).
            store.readAutosave().filter(s -> !s.equals(dash.stateProperty().get().scenario())).ifPresent(s -> {
                Runnable offer = () -> Platform.runLater(() -> {
                    if (setup.prompt().restore(s)) {
                        dash.apply(s);
                        shell.announce(Messages.get("ui.session.restored", s.name()));
                    }
                });
                shell.busyProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was,
                            Boolean busy) {
                        if (!busy) {
                            shell.busyProperty().removeListener(this);
                            offer.run();
                        }
                    }
                });
            });
        }
        return new Dashboard(shell, dash, assumptions, shellView, view, session);
    }

    /**
     * Builds the old single-tab window (menu, header, Data tab) around a view model and shows it. Kept for the
     * shell's own UI tests, which exercise loading without the model.
     */
    public static ShellView show(Stage stage, ShellViewModel vm, Runnable onQuit) {
        ShellView view = new ShellView(vm);
        ShellCommands commands = new ShellCommands(vm, new FxDialogs(() -> stage));
        view.fileMenu().getItems().addAll(DashboardMenus.items(List.of(DashboardActions.open(commands),
                DashboardActions.quit(onQuit))));
        stage.titleProperty().bind(vm.titleProperty());
        stage.setScene(new Scene(view.root(), 1200, 780));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.show();
        return view;
    }

    /** Every preset that can be read; one that cannot is logged and left out of the picker. */
    static List<ScenarioChoice> presets() {
        List<ScenarioChoice> list = new ArrayList<>();
        for (String id : Presets.IDS) {
            try {
                Scenario s = Presets.load(id);
                list.add(new ScenarioChoice(s.name(), s, null));
            } catch (ImportException e) {
                LOG.log(Level.WARNING, "preset " + id + " left out: " + e.firstError().format(), e);
            }
        }
        return list;
    }

    private static boolean onScreen(double x, double y, double w, double h) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(1, w), Math.max(1, h))).isEmpty();
    }

    /** The question after an unclean exit (its dialog has no owner, as before the window had content). */
    private static boolean askRestore(Dialogs dialogs, Scenario autosaved) {
        return dialogs.confirm(Messages.get("ui.session.restore.header"),
                Messages.get("ui.session.restore.text", autosaved.name()));
    }

    /**
     * When the user started the app: the bootstrap's start if {@code FastStart} started this JVM, else ours. Read
     * from the JVM's own start time (millisecond precision): {@code ProcessHandle}'s start instant is derived from
     * the boot time in whole seconds on Linux and was up to a second off.
     */
    private static Instant launchInstant() {
        String bootstrap = System.getProperty(Timing.LAUNCHED_AT);
        if (bootstrap != null) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(bootstrap));
            } catch (NumberFormatException e) {
                LOG.log(Level.FINE, "ignoring " + Timing.LAUNCHED_AT, e);
            }
        }
        return Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}

package org.capexlens.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.Dataset;
import org.capexlens.io.ImportException;
import org.capexlens.io.ImportMessage;
import org.capexlens.io.ImportResult;
import org.capexlens.io.Location;
import org.capexlens.io.WriteException;
import org.capexlens.io.json.ScenarioJson;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.LoadError;
import org.capexlens.ui.common.TaskRunner;
import org.capexlens.ui.common.UiTheme;
import org.capexlens.ui.shell.ShellViewModel;

/**
 * State and commands of the dashboard (DESIGN §4): the current dataset and scenario with their undo history, and
 * the latest computed figures and charts. Needs no running JavaFX toolkit.
 *
 * <p>Every change (an assumption, a preset, a dataset load, undo, redo, the theme) starts one recompute through the
 * {@link TaskRunner}; a recompute still running is cancelled and its late result dropped (a generation counter), so
 * a burst of changes costs the last one only and the screen never shows an older state after a newer one. Dataset
 * loads go through the {@link ShellViewModel}; each successful load becomes an undo step here.
 */
public final class DashboardViewModel {
    private static final Logger LOG = Logger.getLogger(DashboardViewModel.class.getName());

    private final ShellViewModel shell;
    private final TaskRunner runner;
    private final Locale locale;
    private final UndoHistory<DashboardState> history;
    private final Prefetch prefetch;

    private final ReadOnlyObjectWrapper<DashboardState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Computed> computed = new ReadOnlyObjectWrapper<>(this, "computed");
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyObjectWrapper<UiTheme> theme = new ReadOnlyObjectWrapper<>(this, "theme", UiTheme.LIGHT);
    private final ReadOnlyObjectWrapper<String> vintageCompany = new ReadOnlyObjectWrapper<>(this,
            "vintageCompany");
    private final ReadOnlyObjectWrapper<Integer> marginYear = new ReadOnlyObjectWrapper<>(this, "marginYear");
    private final ObservableList<Integer> marginYears = FXCollections.observableArrayList();
    private final ObservableList<Integer> marginYearsView = FXCollections.unmodifiableObservableList(marginYears);
    private final ReadOnlyObjectWrapper<CommandError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> chartCompanies = FXCollections.observableArrayList();
    private final ObservableList<ScenarioChoice> scenarioChoices = FXCollections.observableArrayList();
    private final ObservableList<String> noticesView = FXCollections.unmodifiableObservableList(notices);
    private final ObservableList<String> chartCompaniesView = FXCollections.unmodifiableObservableList(
            chartCompanies);
    private final ObservableList<ScenarioChoice> scenarioChoicesView = FXCollections.unmodifiableObservableList(
            scenarioChoices);

    /** Set while this view model itself puts an earlier dataset back into the shell (undo/redo). */
    private boolean restoring;
    /** Whether the screen shows a preview rather than the current state. */
    private boolean previewing;
    private long generation;
    private TaskRunner.Handle running;
    private Dataset reportedFor;
    private ModelResult reported;

    /**
     * @param shell    loads datasets and shows what they hold, not {@code null}.
     * @param runner   runs recomputes and file work in the background, not {@code null}.
     * @param initial  the scenario to start with, not {@code null}.
     * @param locale   number formats of the charts, not {@code null}.
     */
    public DashboardViewModel(ShellViewModel shell, TaskRunner runner, Scenario initial, Locale locale) {
        this(shell, runner, initial, locale, null);
    }

    /**
     * @param shell     loads datasets and shows what they hold, not {@code null}.
     * @param runner    runs recomputes and file work in the background, not {@code null}.
     * @param initial   the scenario to start with, not {@code null}.
     * @param locale    number formats of the charts, not {@code null}.
     * @param prefetch  the first recompute done while loading (its loader must be the shell's), or {@code null}.
     */
    public DashboardViewModel(ShellViewModel shell, TaskRunner runner, Scenario initial, Locale locale,
            Prefetch prefetch) {
        this.prefetch = prefetch;
        this.shell = Objects.requireNonNull(shell, "shell");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.locale = Objects.requireNonNull(locale, "locale");
        DashboardState first = new DashboardState(shell.currentFileProperty().get(), shell.resultProperty().get(),
                Objects.requireNonNull(initial, "initial"));
        history = new UndoHistory<>(UndoHistory.DEFAULT_CAPACITY, first);
        state.set(first);
        shell.resultProperty().addListener((obs, old, loaded) -> {
            if (loaded != null && !restoring) {
                datasetLoaded(shell.currentFileProperty().get(), loaded);
            }
        });
        recompute(System.nanoTime());
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    /**
     * Makes {@code scenario} the current one as one undo step and recomputes. Nothing happens when it equals the
     * current scenario (apart from replacing a preview).
     *
     * @param scenario  not {@code null}.
     */
    public void apply(Scenario scenario) {
        long requestedAt = System.nanoTime();
        DashboardState next = current().withScenario(Objects.requireNonNull(scenario, "scenario"));
        if (history.push(next)) {
            state.set(next);
        } else if (!previewing) {
            return;
        }
        recompute(requestedAt);
    }

    /**
     * Computes and shows {@code scenario} without making it a step (while a slider is dragged); the next
     * {@link #apply} or undo replaces it.
     *
     * @param scenario  not {@code null}.
     */
    public void preview(Scenario scenario) {
        previewing = true;
        compute(current().withScenario(Objects.requireNonNull(scenario, "scenario")), System.nanoTime());
    }

    /** Applies a picker entry as one undo step. */
    public void apply(ScenarioChoice choice) {
        apply(choice.scenario());
    }

    /** Goes back one step (an assumption change, a preset or a dataset load). */
    public void undo() {
        long requestedAt = System.nanoTime();
        history.undo().ifPresent(s -> restore(s, requestedAt));
    }

    /** Goes forward one step again. */
    public void redo() {
        long requestedAt = System.nanoTime();
        history.redo().ifPresent(s -> restore(s, requestedAt));
    }

    /** Switches the theme; the charts are rebuilt for it. Not an undo step. */
    public void setTheme(UiTheme next) {
        if (theme.get() != Objects.requireNonNull(next, "next")) {
            theme.set(next);
            recompute(System.nanoTime());
        }
    }

    /** Chooses the company of the depreciation-by-vintage chart. Not an undo step. */
    public void setVintageCompany(String company) {
        if (!Objects.equals(company, vintageCompany.get())) {
            vintageCompany.set(company);
            recompute(System.nanoTime());
        }
    }

    /**
     * Chooses the fiscal year of the margins (Overview, margin-vs-life, heatmap). Not an undo step.
     *
     * @param year  a fiscal year, or {@code null} for the default (the first projected year).
     */
    public void setMarginYear(Integer year) {
        if (!Objects.equals(year, marginYear.get())) {
            marginYear.set(year);
            recompute(System.nanoTime());
        }
    }

    /**
     * Loads the picker's presets in the background and lists them first.
     *
     * @param source  reads the presets (on a worker thread); a preset it cannot read it leaves out.
     */
    public void loadPresets(Callable<List<ScenarioChoice>> source) {
        runner.submit(source, presets -> scenarioChoices.addAll(0, presets),
                failure -> LOG.log(Level.WARNING, "could not load the scenario presets", failure));
    }

    /**
     * Reads a scenario file in the background; when valid it joins the picker and is applied as one undo step.
     * An invalid file changes nothing but {@link #errorProperty()} and the status line.
     *
     * @param file  a JSON scenario file, not {@code null}.
     */
    public void openScenario(Path file) {
        String name = fileName(file);
        shell.announce(Messages.get("ui.dash.status.scenarioOpening", name));
        runner.submit(() -> ScenarioJson.read(file), scenario -> {
            ScenarioChoice choice = new ScenarioChoice(Messages.get("ui.dash.scenario.fileLabel", scenario.name(),
                    name), scenario, file);
            scenarioChoices.removeIf(c -> file.equals(c.file()));
            scenarioChoices.add(choice);
            apply(scenario);
            shell.announce(Messages.get("ui.dash.status.scenarioOpened", scenario.name(), name));
        }, failure -> {
            shell.announce(Messages.get("ui.dash.status.scenarioFailed", name));
            error.set(new CommandError(Messages.get("ui.dash.error.scenarioOpen", name), loadError(name, failure)));
        });
    }

    /**
     * Saves the current scenario as JSON, atomically, in the background.
     *
     * @param file  the file to write, not {@code null}.
     */
    public void saveScenario(Path file) {
        Scenario scenario = current().scenario();
        String name = fileName(file);
        runner.submit(() -> {
            ScenarioJson.write(scenario, file);
            return file;
        }, written -> shell.announce(Messages.get("ui.dash.status.scenarioSaved", scenario.name(),
                written.toString())), failure -> {
                    shell.announce(Messages.get("ui.dash.status.scenarioSaveFailed", name));
                    error.set(new CommandError(Messages.get("ui.dash.error.scenarioSave", name),
                            loadError(name, failure)));
                });
    }

    /** Forgets the last command error once the view has shown it. */
    public void dismissError() {
        error.set(null);
    }

    /** Shows a lasting notice in the status bar (e.g. preferences that could not be read). */
    public void showNotice(String text) {
        notice.set(Objects.requireNonNull(text, "text"));
    }

    /** Clears the notice. */
    public void dismissNotice() {
        notice.set("");
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private DashboardState current() {
        return history.current();
    }

    private void datasetLoaded(Path file, ImportResult loaded) {
        long requestedAt = System.nanoTime();
        DashboardState next = new DashboardState(file, loaded, current().scenario());
        if (current().data() == null) {
            // The first dataset is where the session starts, not a step back to an empty window.
            history.reset(next);
        } else {
            history.push(next);
        }
        state.set(next);
        recompute(requestedAt);
    }

    private void restore(DashboardState s, long requestedAt) {
        if (s.data() != null && s.data() != shell.resultProperty().get()) {
            restoring = true;
            try {
                shell.restore(s.file(), s.data());
            } finally {
                restoring = false;
            }
        }
        state.set(s);
        recompute(requestedAt);
    }

    private void recompute(long requestedAt) {
        previewing = false;
        compute(current(), requestedAt);
    }

    private void compute(DashboardState s, long requestedAt) {
        if (s.dataset() == null) {
            return;
        }
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        ModelResult known = reportedFor == s.dataset() ? reported : null;
        String company = vintageCompany.get();
        Integer year = marginYear.get();
        UiTheme chartTheme = theme.get();
        Computed early = prefetch == null || !compared.isEmpty() || simulated != null ? null : prefetch.take(s, company, year, chartTheme);
        if (early != null) {
            running = null;
            finished(early);
            return;
        }
        computing.set(true);
        List<Scenario> others = List.copyOf(compared);
        Simulated sim = simulated;
        org.capexlens.calc.MonteCarlo.Summary fan = sim != null && sim.dataset() == s.dataset()
                && sim.scenario().equals(s.scenario()) ? sim.summary() : null;
        running = runner.submit(() -> Computation.run(s, known, company, year, chartTheme, locale,
                requestedAt, others, fan), c -> {
            if (mine == generation) {
                finished(c);
            }
        }, failure -> {
            if (mine == generation) {
                running = null;
                computing.set(false);
                LOG.log(Level.SEVERE, "the model could not be computed for " + s.scenario().name(), failure);
                shell.announce(Messages.get("ui.dash.status.computeFailed", s.scenario().name()));
            }
        });
    }

    private void finished(Computed c) {
        running = null;
        computing.set(false);
        reportedFor = c.state().dataset();
        reported = c.reported();
        // A set, not List.contains: this runs on the FX thread, and 1,000 companies × 30 years made it quadratic.
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (ModelResult.CompanyYear r : c.result().companies()) {
            seen.add(r.company());
        }
        List<String> companies = new ArrayList<>(seen);
        if (!companies.equals(chartCompanies)) {
            chartCompanies.setAll(companies);
        }
        List<Integer> years = c.result().companies().stream().filter(r -> r.adjustedOperatingMargin() != null)
                .map(ModelResult.CompanyYear::fiscalYear).distinct().sorted().toList();
        if (!years.equals(marginYears)) {
            marginYears.setAll(years);
        }
        if (!c.notices().equals(notices)) {
            notices.setAll(c.notices());
        }
        overview.set(c.overview());
        computed.set(c);
    }

    private static LoadError loadError(String name, Throwable failure) {
        if (failure instanceof WriteException e) {
            LOG.log(Level.INFO, name + ": " + e.getMessage(), e.getCause());
            return new LoadError(name, List.of(ImportMessage.error(Location.ofFile(name), e.getMessage())));
        }
        if (failure instanceof ImportException e) {
            LOG.log(Level.INFO, name + ": " + e.firstError().format(), e.getCause());
            return new LoadError(name, e.messages());
        }
        LOG.log(Level.SEVERE, "unexpected failure with " + name, failure);
        return new LoadError(name, List.of(ImportMessage.error(Location.ofFile(name),
                Messages.get("import.file.unreadable", name))));
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    // ---- state -------------------------------------------------------------------------------------------------

    /** The current step: dataset and scenario (a preview is not a step and does not show here). */
    public ReadOnlyObjectProperty<DashboardState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The latest finished recompute (of the current state or a preview); {@code null} before the first. */
    public ReadOnlyObjectProperty<Computed> computedProperty() {
        return computed.getReadOnlyProperty();
    }

    /** The Overview tab's key figures; {@code null} before the first recompute. */
    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** {@code true} while a recompute runs. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** The window and chart theme. */
    public ReadOnlyObjectProperty<UiTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The company chosen for the vintage chart; {@code null} for the default (the first with capex). */
    public ReadOnlyObjectProperty<String> vintageCompanyProperty() {
        return vintageCompany.getReadOnlyProperty();
    }

    /** The fiscal year chosen for the margins; {@code null} for the default (the computed settings say which). */
    public ReadOnlyObjectProperty<Integer> marginYearProperty() {
        return marginYear.getReadOnlyProperty();
    }

    /** Fiscal years that have a margin in the current result, ascending (read-only). */
    public ObservableList<Integer> marginYears() {
        return marginYearsView;
    }

    /** The last failed command; the view shows it in a dialog and then calls {@link #dismissError()}. */
    public ReadOnlyObjectProperty<CommandError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A lasting status-bar notice, empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The model's notices for the current result, as sentences (read-only). */
    public ObservableList<String> notices() {
        return noticesView;
    }

    /** Companies of the current result (those with capex), for the vintage chooser (read-only). */
    public ObservableList<String> chartCompanies() {
        return chartCompaniesView;
    }

    /** The picker's entries: presets, then scenario files opened this session (read-only). */
    public ObservableList<ScenarioChoice> scenarioChoices() {
        return scenarioChoicesView;
    }

    /** Whether {@link #undo()} would change anything. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    /** Whether {@link #redo()} would change anything. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    // Issue 11: the scenarios the Compare tab sets beside the current one.
    private final ObservableList<Scenario> compared = FXCollections.observableArrayList();

    /** Sets the scenarios compared with the current one (at most three); recomputes. Not an undo step. */
    public void setCompared(List<Scenario> others) {
        if (!compared.equals(others)) {
            compared.setAll(others);
            recompute(System.nanoTime());
        }
    }

    /** The scenarios compared with the current one (read-only view). */
    public ObservableList<Scenario> compared() {
        return FXCollections.unmodifiableObservableList(compared);
    }

    /** A finished simulation and what it simulated; the fan charts show it while both are current. */
    private record Simulated(Dataset dataset, Scenario scenario, org.capexlens.calc.MonteCarlo.Summary summary) {
    }

    private Simulated simulated;

    /** Shows a finished simulation of {@code scenario} on {@code dataset} in the fan charts; recomputes. */
    public void setSimulation(Dataset dataset, Scenario scenario, org.capexlens.calc.MonteCarlo.Summary summary) {
        simulated = new Simulated(dataset, scenario, summary);
        recompute(System.nanoTime());
    }

    /** The task runner, for the panels that run their own long work (the simulation). */
    public TaskRunner runner() {
        return runner;
    }

    /** How many steps can be undone (for tests and the status line). */
    public int undoSteps() {
        return history.undoSteps();
    }
}

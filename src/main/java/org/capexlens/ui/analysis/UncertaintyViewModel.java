package org.capexlens.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.capexlens.calc.MonteCarlo;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Distribution;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.UncertainParameter;
import org.capexlens.text.ChartFormats;
import org.capexlens.text.Messages;
import org.capexlens.ui.common.TaskRunner;
import org.capexlens.ui.dashboard.DashboardViewModel;

/**
 * The panel's Uncertainty section (issue 11): the current scenario's distributions (each change one undo step of
 * the dashboard), and a seeded simulation run in the background with progress and cancel, whose percentiles the
 * fan charts then draw. Needs no running toolkit.
 */
public final class UncertaintyViewModel {
    private static final Logger LOG = Logger.getLogger(UncertaintyViewModel.class.getName());

    /** The distribution kinds offered, as in scenario files. */
    public static final List<String> KINDS = List.of("fixed", "uniform", "triangular", "normal");

    /**
     * One uncertain assumption as the panel lists it.
     *
     * @param parameter  the assumption.
     * @param text       e.g. "Server life: triangular 2.5 / 4 / 6".
     */
    public record Entry(UncertainParameter parameter, String text) {
    }

    private final DashboardViewModel dash;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<UncertainParameter> parameters = FXCollections.observableArrayList();
    private final IntegerProperty runs = new SimpleIntegerProperty(this, "runs", MonteCarlo.DEFAULT_RUNS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private TaskRunner.Handle handle;

    /** @param dash  the dashboard whose scenario this edits and whose fan charts it feeds, not {@code null}. */
    public UncertaintyViewModel(DashboardViewModel dash) {
        this.dash = Objects.requireNonNull(dash, "dash");
        dash.stateProperty().addListener((obs, old, s) -> refresh());
        refresh();
    }

    /** A reader's name of an assumption, e.g. "Server life (years)". */
    public static String label(UncertainParameter p) {
        return p.company() != null ? Messages.get("ui.uncertainty.param.override", p.company())
                : Messages.get(("ui.uncertainty.param." + p.path()));
    }

    /**
     * Gives {@code p} a distribution: one undo step.
     *
     * @param kind    one of {@link #KINDS}.
     * @param values  the kind's parameters as typed: fixed value; uniform min, max; triangular min, mode, max;
     *                normal mean, sd, min, max (percent assumptions in percent, lives in years).
     * @return a message when the input is not a valid distribution for that assumption; nothing changes then.
     */
    public Optional<String> setDistribution(UncertainParameter p, String kind, List<String> values) {
        int needed = switch (kind) {
            case "fixed" -> 1;
            case "uniform" -> 2;
            case "triangular" -> 3;
            case "normal" -> 4;
            default -> -1;
        };
        if (needed < 0 || values.size() < needed) {
            return Optional.of(Messages.get("ui.uncertainty.error.kind"));
        }
        double[] v = new double[needed];
        for (int i = 0; i < needed; i++) {
            try {
                v[i] = Double.parseDouble(values.get(i).trim().replace(',', '.').replace("%", ""));
            } catch (NumberFormatException e) {
                return Optional.of(Messages.get("ui.uncertainty.error.number", values.get(i)));
            }
            if (!p.isYears()) {
                v[i] /= 100;
            }
        }
        Distribution d;
        try {
            d = switch (kind) {
                case "fixed" -> new Distribution.Fixed(v[0]);
                case "uniform" -> new Distribution.Uniform(v[0], v[1]);
                case "triangular" -> new Distribution.Triangular(v[0], v[1], v[2]);
                default -> new Distribution.Normal(v[0], v[1], v[2], v[3]);
            };
        } catch (IllegalArgumentException e) {
            return Optional.of(Messages.get("ui.uncertainty.error.invalid", e.getMessage()));
        }
        if (!p.range().contains(d.lower()) || !p.range().contains(d.upper())) {
            return Optional.of(Messages.get("ui.uncertainty.error.range", label(p), p.range().describe()));
        }
        Scenario s = dash.stateProperty().get().scenario();
        dash.apply(s.toBuilder().uncertainty(s.uncertainty().with(p.path(), d)).build());
        return Optional.empty();
    }

    /** Takes the distribution off {@code p}: one undo step. */
    public void remove(UncertainParameter p) {
        Scenario s = dash.stateProperty().get().scenario();
        dash.apply(s.toBuilder().uncertainty(s.uncertainty().with(p.path(), null)).build());
    }

    /** Runs the simulation of the current scenario in the background; a run in progress is cancelled first. */
    public void run() {
        Dataset dataset = dash.stateProperty().get().dataset();
        Scenario scenario = dash.stateProperty().get().scenario();
        if (dataset == null) {
            status.set(Messages.get("ui.uncertainty.status.noData"));
            return;
        }
        int n = runs.get();
        if (n < 1 || n > MonteCarlo.MAX_RUNS) {
            status.set(Messages.get("ui.uncertainty.status.badRuns", MonteCarlo.MAX_RUNS));
            return;
        }
        cancel();
        long s = seed.get();
        running.set(true);
        progress.set(0);
        status.set(Messages.get("ui.uncertainty.status.running", n));
        long start = System.nanoTime();
        handle = dash.runner().submit(p -> MonteCarlo.run(dataset, scenario, n, s, 2026, 2028,
                new MonteCarlo.Monitor() {
                    @Override
                    public void progress(int done, int total) {
                        p.update(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return p.cancelled();
                    }
                }), progress::set, summary -> {
                    handle = null;
                    running.set(false);
                    progress.set(1);
                    MonteCarlo.Band w = summary.deltaDepreciationWindow();
                    Locale loc = Locale.getDefault(Locale.Category.FORMAT);
                    status.set(Messages.get("ui.uncertainty.status.done", n, Long.toString(s),
                            (System.nanoTime() - start) / 1e9, ChartFormats.money(w.p50(), loc),
                            ChartFormats.money(w.p5(), loc), ChartFormats.money(w.p95(), loc)));
                    dash.setSimulation(dataset, scenario, summary);
                }, failure -> {
                    handle = null;
                    running.set(false);
                    if (failure instanceof CancellationException || failure instanceof InterruptedException) {
                        status.set(Messages.get("ui.uncertainty.status.cancelled"));
                    } else {
                        LOG.log(Level.SEVERE, "the simulation failed", failure);
                        status.set(Messages.get("ui.uncertainty.status.failed"));
                    }
                });
    }

    /** Stops a running simulation; its result never arrives. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
            handle = null;
            running.set(false);
            status.set(Messages.get("ui.uncertainty.status.cancelled"));
        }
    }

    private void refresh() {
        Scenario s = dash.stateProperty().get().scenario();
        List<Entry> list = new ArrayList<>();
        s.uncertainty().distributions().forEach((path, d) -> UncertainParameter.parse(path)
                .ifPresent(p -> list.add(new Entry(p, label(p) + ": " + describe(p, d)))));
        if (!list.equals(entries)) {
            entries.setAll(list);
        }
        List<UncertainParameter> ps = UncertainParameter.of(s);
        if (!ps.equals(parameters)) {
            parameters.setAll(ps);
        }
    }

    /** E.g. "triangular 2.5 / 4 / 6 y" or "uniform 40 / 60 %". */
    static String describe(UncertainParameter p, Distribution d) {
        double k = p.isYears() ? 1 : 100;
        String unit = p.isYears() ? " y" : " %";
        StringBuilder sb = new StringBuilder(d.code()).append(' ');
        double[] v = d instanceof Distribution.Fixed f ? new double[] {f.value()}
                : d instanceof Distribution.Uniform u ? new double[] {u.min(), u.max()}
                : d instanceof Distribution.Triangular t ? new double[] {t.min(), t.mode(), t.max()}
                : new double[] {((Distribution.Normal) d).mean(), ((Distribution.Normal) d).sd(),
                    ((Distribution.Normal) d).min(), ((Distribution.Normal) d).max()};
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : " / ").append(org.capexlens.text.FigureFormat.plain(Math.round(v[i] * k * 1000)
                    / 1000.0));
        }
        return sb.append(unit).toString();
    }

    /** The current scenario's distributions. */
    public ObservableList<Entry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The assumptions that can take one. */
    public ObservableList<UncertainParameter> parameters() {
        return FXCollections.unmodifiableObservableList(parameters);
    }

    /** Runs of the next simulation. */
    public IntegerProperty runsProperty() {
        return runs;
    }

    /** Seed of the next simulation. */
    public LongProperty seedProperty() {
        return seed;
    }

    /** The running simulation's finished fraction. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether a simulation runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last simulation's outcome in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

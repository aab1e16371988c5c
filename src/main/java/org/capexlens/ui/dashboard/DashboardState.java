package org.capexlens.ui.dashboard;

import java.nio.file.Path;
import java.util.Objects;
import org.capexlens.scenario.Scenario;
import org.capexlens.domain.Dataset;
import org.capexlens.io.ImportResult;

/**
 * One step of the dashboard's undo history: which dataset is shown and under which scenario. Immutable; the
 * dataset is held by reference (an undo step costs a few objects, not a copy of the data).
 *
 * @param file      the file the dataset came from, {@code null} before the first load.
 * @param data      the loaded dataset and its warnings, {@code null} before the first load.
 * @param scenario  the assumptions, not {@code null}.
 */
public record DashboardState(Path file, ImportResult data, Scenario scenario) {
    public DashboardState {
        Objects.requireNonNull(scenario, "scenario");
    }

    /** The dataset, or {@code null} before the first load. */
    public Dataset dataset() {
        return data == null ? null : data.dataset();
    }

    /** The same dataset under another scenario. */
    public DashboardState withScenario(Scenario next) {
        return new DashboardState(file, data, next);
    }

    /**
     * Equal when the scenario is equal and the dataset is the same load (identity: two loads of one file are two
     * steps, and comparing whole datasets on every step would cost more than it saves).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof DashboardState s && data == s.data && Objects.equals(file, s.file)
                && scenario.equals(s.scenario);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, System.identityHashCode(data), scenario);
    }
}

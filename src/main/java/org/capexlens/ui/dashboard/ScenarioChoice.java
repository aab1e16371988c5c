package org.capexlens.ui.dashboard;

import java.nio.file.Path;
import java.util.Objects;
import org.capexlens.scenario.Scenario;

/**
 * One entry of the scenario picker: a shipped preset or a scenario file the user opened.
 *
 * @param label     what the picker shows, not blank.
 * @param scenario  the scenario, not {@code null}.
 * @param file      the file it was read from, {@code null} for a preset.
 */
public record ScenarioChoice(String label, Scenario scenario, Path file) {
    public ScenarioChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scenario, "scenario");
    }

    @Override
    public String toString() {
        return label;
    }
}

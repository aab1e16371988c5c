package org.capexlens.ui.export;

import java.nio.file.Path;
import java.util.Objects;
import org.capexlens.calc.ModelResult;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;

/**
 * What an export is made from: the dashboard's current dataset, result and chart settings.
 *
 * @param file      the dataset's file (for the sidecar's path and SHA-256), or {@code null} when unknown.
 * @param fileName  the dataset's file name, not {@code null}.
 * @param dataset   the dataset, not {@code null}.
 * @param result    the model result shown on screen, not {@code null}.
 * @param settings  the chart settings shown on screen, not {@code null}.
 */
public record ExportSource(Path file, String fileName, Dataset dataset, ModelResult result, ChartSettings settings) {
    public ExportSource {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(settings, "settings");
    }
}

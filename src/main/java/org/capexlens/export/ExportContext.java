package org.capexlens.export;

import java.util.Locale;
import java.util.Objects;
import org.capexlens.scenario.Scenario;
import org.capexlens.chart.ChartSettings;
import org.capexlens.domain.Dataset;

/**
 * Everything an export is made from: the data and where it came from, the scenario, what the sensitivity and
 * vintage charts look at, the number format locale and the application version. The same context gives the same
 * bytes (no clock, no machine state), which is what lets a sidecar reproduce a file.
 *
 * @param dataset        the loaded dataset, not {@code null}.
 * @param datasetFile    its file name as the user knows it, e.g. {@code ai-economics.xlsx}, not {@code null}.
 * @param datasetPath    where it was read from (recorded in sidecars), not {@code null}.
 * @param datasetSha256  SHA-256 of the dataset file (or CSV folder), 64 hex digits, not {@code null}.
 * @param scenario       the scenario, not {@code null}.
 * @param settings       the chart settings, not {@code null}.
 * @param locale         number formats of the charts, not {@code null}.
 * @param appVersion     the bare version, e.g. {@code 0.1.0} or {@code dev}, not {@code null}.
 */
public record ExportContext(Dataset dataset, String datasetFile, String datasetPath, String datasetSha256,
        Scenario scenario, ChartSettings settings, Locale locale, String appVersion) {
    public ExportContext {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(datasetFile, "datasetFile");
        Objects.requireNonNull(datasetPath, "datasetPath");
        Objects.requireNonNull(datasetSha256, "datasetSha256");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(appVersion, "appVersion");
    }

    /** {@code CapexLens <version>}: the footer's and the documents' author line. */
    public String appName() {
        return "CapexLens " + appVersion;
    }
}

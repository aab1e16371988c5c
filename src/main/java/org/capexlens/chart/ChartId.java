package org.capexlens.chart;

import java.util.Locale;
import java.util.Optional;

/** Every chart CapexLens draws, with the id used in file names, the CLI and sidecars. */
public enum ChartId {
    RATIO("ratio", "Infrastructure-to-application ratio per year and cumulative"),
    INFRA_VS_APPS("infra-vs-apps", "Infrastructure spend vs AI application revenue per year"),
    DELTA_DEPRECIATION("delta-depreciation", "Extra depreciation per company: scenario minus reported policy"),
    ADJUSTED_MARGIN("adjusted-margin", "Operating margin per company under the scenario"),
    MARGIN_VS_LIFE("margin-vs-life", "Operating margin against server useful life, reported life marked"),
    SENSITIVITY_HEATMAP("sensitivity-heatmap", "Two-way sensitivity grid of an output"),
    TORNADO("tornado", "Each assumption's swing of an output"),
    DEPRECIATION_BY_VINTAGE("depreciation-vintage", "One company's depreciation by capex vintage"),
    REVENUE_GAP("revenue-gap", "Sequoia revenue gap: required vs actual AI revenue"),
    BACKTEST("backtest", "Model vs disclosed effect of every useful-life change");

    private final String id;
    private final String description;

    ChartId(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The id used in file names and on the command line, e.g. {@code margin-vs-life}. */
    public String id() {
        return id;
    }

    /** One line saying what the chart shows. */
    public String description() {
        return description;
    }

    /** The chart with this id (case-insensitive). */
    public static Optional<ChartId> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ChartId c : values()) {
            if (c.id.equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

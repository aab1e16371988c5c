package org.capexlens.chart;

import java.util.Locale;
import java.util.Optional;
import org.capexlens.text.Messages;

/** Every chart CapexLens draws, with the id used in file names, the CLI and sidecars. */
public enum ChartId {
    RATIO("ratio"),
    INFRA_VS_APPS("infra-vs-apps"),
    DELTA_DEPRECIATION("delta-depreciation"),
    ADJUSTED_MARGIN("adjusted-margin"),
    MARGIN_VS_LIFE("margin-vs-life"),
    SENSITIVITY_HEATMAP("sensitivity-heatmap"),
    TORNADO("tornado"),
    DEPRECIATION_BY_VINTAGE("depreciation-vintage"),
    REVENUE_GAP("revenue-gap"),
    BACKTEST("backtest"),
    /** Bain's capex-intensity test (issue 10). */
    BAIN_TEST("bain-test"),
    /** Modelled depreciation under the reported policy vs the filed figure (issue 14). */
    CALIBRATION("calibration"),
    /** The ratio of each compared scenario (issue 11). */
    COMPARE_RATIO("compare-ratio"),
    /** The hyperscalers' adjusted operating margin of each compared scenario (issue 11). */
    COMPARE_MARGIN("compare-margin"),
    /** Percentile fan of ΔD per fiscal year from a simulation (issue 11). */
    DELTA_DEPRECIATION_FAN("delta-depreciation-fan"),
    /** Percentile fan of the revenue gap per calendar year from a simulation (issue 11). */
    REVENUE_GAP_FAN("revenue-gap-fan"),
    /** GPU rental prices, their fitted decline and the economic life beside book lives (issue 11). */
    GPU_ECONOMIC_LIFE("gpu-economic-life");

    private final String id;

    ChartId(String id) {
        this.id = id;
    }

    /** The id used in file names and on the command line, e.g. {@code margin-vs-life}; never translated. */
    public String id() {
        return id;
    }

    /** One line saying what the chart shows (user text, from the resource bundle). */
    public String description() {
        return switch (this) {
            case RATIO -> Messages.get("chart.description.ratio");
            case INFRA_VS_APPS -> Messages.get("chart.description.infraVsApps");
            case DELTA_DEPRECIATION -> Messages.get("chart.description.deltaDepreciation");
            case ADJUSTED_MARGIN -> Messages.get("chart.description.adjustedMargin");
            case MARGIN_VS_LIFE -> Messages.get("chart.description.marginVsLife");
            case SENSITIVITY_HEATMAP -> Messages.get("chart.description.sensitivityHeatmap");
            case TORNADO -> Messages.get("chart.description.tornado");
            case DEPRECIATION_BY_VINTAGE -> Messages.get("chart.description.depreciationByVintage");
            case REVENUE_GAP -> Messages.get("chart.description.revenueGap");
            case BACKTEST -> Messages.get("chart.description.backtest");
            case BAIN_TEST -> Messages.get("chart.description.bainTest");
            case CALIBRATION -> Messages.get("chart.description.calibration");
            case COMPARE_RATIO -> Messages.get("chart.description.compareRatio");
            case COMPARE_MARGIN -> Messages.get("chart.description.compareMargin");
            case DELTA_DEPRECIATION_FAN -> Messages.get("chart.description.deltaDepreciationFan");
            case REVENUE_GAP_FAN -> Messages.get("chart.description.revenueGapFan");
            case GPU_ECONOMIC_LIFE -> Messages.get("chart.description.gpuEconomicLife");
        };
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

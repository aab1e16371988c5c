package org.capexlens.chart;

import org.jfree.chart.JFreeChart;

/**
 * The chart functions' one entry point: model results in, a themed {@link JFreeChart} out. The dashboard, the
 * exports and the {@code render} command all call {@link #build}, so a chart looks the same everywhere (STYLE
 * habit 9). No JavaFX here.
 *
 * <p>Conventions of every chart: money in {@code $B} with the locale's separators; reported values solid, projected
 * and scenario values dashed (lines) or hatched (bars), with a subtitle saying so; companies keep one colour across
 * charts (their order in the dataset's companies sheet); lines carry direct labels where a legend would be
 * ambiguous; all text comes from the resource bundle ({@code chart.*} keys).
 *
 * <p>The charts are built by family: {@link RatioCharts} (ratio, infrastructure vs applications),
 * {@link DepreciationCharts} (ΔD, vintages), {@link MarginCharts} (margins over years and lives),
 * {@link SensitivityCharts} (heatmap, tornado), {@link RevenueGapChart} and {@link BacktestChart}, on the shared
 * pieces of {@link ChartParts}.
 */
public final class Charts {
    private Charts() {
    }

    /**
     * Builds the chart with this id.
     *
     * @param id     which chart, not {@code null}.
     * @param in     what it draws, not {@code null}; its locale sets the number formats.
     * @param theme  colours, fonts and strokes, applied last; not {@code null}.
     * @return a new chart, not shared with any other caller.
     */
    public static JFreeChart build(ChartId id, ChartInputs in, ChartTheme theme) {
        JFreeChart chart = switch (id) {
            case RATIO -> RatioCharts.ratio(in, theme);
            case INFRA_VS_APPS -> RatioCharts.infraVsApps(in, theme);
            case DELTA_DEPRECIATION -> DepreciationCharts.deltaDepreciation(in, theme);
            case ADJUSTED_MARGIN -> MarginCharts.adjustedMargin(in, theme);
            case MARGIN_VS_LIFE -> MarginCharts.marginVsLife(in, theme);
            case SENSITIVITY_HEATMAP -> SensitivityCharts.heatmap(in, theme);
            case TORNADO -> SensitivityCharts.tornado(in, theme);
            case DEPRECIATION_BY_VINTAGE -> DepreciationCharts.depreciationByVintage(in, theme);
            case REVENUE_GAP -> RevenueGapChart.revenueGap(in, theme);
            case BACKTEST -> BacktestChart.backtest(in, theme);
            case BAIN_TEST -> BainChart.bain(in, theme);
            case CALIBRATION -> CalibrationChart.calibration(in, theme);
            case COMPARE_RATIO -> CompareCharts.ratio(in, theme);
            case COMPARE_MARGIN -> CompareCharts.margin(in, theme);
            case DELTA_DEPRECIATION_FAN -> FanCharts.deltaDepreciation(in, theme);
            case REVENUE_GAP_FAN -> FanCharts.revenueGap(in, theme);
            case GPU_ECONOMIC_LIFE -> GpuLifeChart.gpuLife(in, theme);
        };
        theme.apply(chart);
        return chart;
    }
}

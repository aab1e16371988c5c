package org.capexlens.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.ScenarioComparison;
import org.capexlens.domain.Dataset;

/**
 * Everything the chart functions draw from, for one (dataset, scenario). The sensitivity parts come from the
 * calc layer's sensitivity functions through a small adapter so that this package depends only on plain values.
 *
 * @param dataset       the loaded dataset (for tooltips: sources and statuses), not {@code null}.
 * @param result        the model result, not {@code null}.
 * @param marginCurves  adjusted operating margin against uniform useful life, one curve per company.
 * @param marginYear    the fiscal year the margin curves are computed for.
 * @param heatmap       the two-way sensitivity grid, or {@code null} when not computed.
 * @param tornado       the tornado bars, largest swing first.
 * @param tornadoOutput what the tornado's axis measures (e.g. "Cumulative ΔD 2026–28").
 * @param vintages      depreciation by vintage for one company, or {@code null}.
 * @param ratioLabel    what the ratio's numerator and denominator are (legend text).
 * @param locale        the user's locale for number formats.
 * @param shownCompanies the companies the per-company charts draw (at most
 *                       {@link ChartInputsFactory#MAX_SHOWN_COMPANIES}, the largest by capex), in dataset order.
 * @param comparison     the scenario beside the compared ones, itself first (issue 11); {@code null} when not
 *                       computed (the Compare charts then show the scenario alone).
 * @param simulation     the Monte Carlo summary of the fan charts, or {@code null} (issue 11).
 */
public record ChartInputs(Dataset dataset, ModelResult result, List<MarginCurve> marginCurves, int marginYear,
        HeatmapGrid heatmap, List<TornadoBar> tornado, String tornadoOutput, VintageView vintages,
        String ratioLabel, Locale locale, List<String> shownCompanies, ScenarioComparison.Comparison comparison,
        org.capexlens.calc.MonteCarlo.Summary simulation) {

    /** Inputs without a simulation. */
    public ChartInputs(Dataset dataset, ModelResult result, List<MarginCurve> marginCurves, int marginYear,
            HeatmapGrid heatmap, List<TornadoBar> tornado, String tornadoOutput, VintageView vintages,
            String ratioLabel, Locale locale, List<String> shownCompanies, ScenarioComparison.Comparison comparison) {
        this(dataset, result, marginCurves, marginYear, heatmap, tornado, tornadoOutput, vintages, ratioLabel, locale,
                shownCompanies, comparison, null);
    }

    /** Inputs without a comparison (callers before issue 11). */
    public ChartInputs(Dataset dataset, ModelResult result, List<MarginCurve> marginCurves, int marginYear,
            HeatmapGrid heatmap, List<TornadoBar> tornado, String tornadoOutput, VintageView vintages,
            String ratioLabel, Locale locale, List<String> shownCompanies) {
        this(dataset, result, marginCurves, marginYear, heatmap, tornado, tornadoOutput, vintages, ratioLabel, locale,
                shownCompanies, null);
    }

    /** {@link #comparison()}, or the scenario alone when none was computed. */
    public ScenarioComparison.Comparison comparisonOrSelf() {
        return comparison != null ? comparison : new ScenarioComparison.Comparison(marginYear, 2026, 2028,
                List.of(ScenarioComparison.figures(result, marginYear, 2026, 2028)));
    }

    /** Inputs whose shown companies are chosen by {@link ChartInputsFactory#shownCompanies}. */
    public ChartInputs(Dataset dataset, ModelResult result, List<MarginCurve> marginCurves, int marginYear,
            HeatmapGrid heatmap, List<TornadoBar> tornado, String tornadoOutput, VintageView vintages,
            String ratioLabel, Locale locale) {
        this(dataset, result, marginCurves, marginYear, heatmap, tornado, tornadoOutput, vintages, ratioLabel, locale,
                ChartInputsFactory.shownCompanies(dataset, result));
    }

    public ChartInputs {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(result, "result");
        marginCurves = List.copyOf(marginCurves);
        tornado = List.copyOf(tornado);
        tornadoOutput = tornadoOutput == null ? "" : tornadoOutput;
        ratioLabel = ratioLabel == null ? "" : ratioLabel;
        Objects.requireNonNull(locale, "locale");
        shownCompanies = List.copyOf(shownCompanies);
    }

    /**
     * One company's adjusted operating margin as a function of a uniform useful life.
     *
     * @param company       company id.
     * @param reportedLife  the company's current reported life (marked on the curve), or {@code NaN}.
     * @param lives         x values, years.
     * @param margins       y values, fractions ({@code NaN} where not computable).
     */
    public record MarginCurve(String company, double reportedLife, double[] lives, double[] margins) {
    }

    /**
     * A two-way sensitivity grid: {@code values[i][j]} is the output at {@code rowValues[i]}, {@code colValues[j]}.
     *
     * @param rowLabel    what the rows vary (y axis), e.g. "Short-lived share".
     * @param rowValues   row values.
     * @param colLabel    what the columns vary (x axis), e.g. "Useful life (years)".
     * @param colValues   column values.
     * @param values      the output, rows × columns.
     * @param valueLabel  what the output is, e.g. "Adjusted operating margin 2027".
     * @param valueIsFraction  whether values are fractions (percent format) rather than USD billions.
     */
    public record HeatmapGrid(String rowLabel, double[] rowValues, String colLabel, double[] colValues,
            double[][] values, String valueLabel, boolean valueIsFraction) {
    }

    /**
     * One assumption's swing on the tornado's output.
     *
     * @param assumption  the assumption's name.
     * @param lowLabel    the low setting as text (e.g. "3 y").
     * @param highLabel   the high setting as text.
     * @param low         the output at the low setting.
     * @param high        the output at the high setting.
     * @param base        the output at the scenario's own setting.
     */
    public record TornadoBar(String assumption, String lowLabel, String highLabel, double low, double high,
            double base) {
    }

    /**
     * Depreciation of one company by vintage under the scenario, and the reported-policy total.
     *
     * @param company         company id.
     * @param years           fiscal years (x).
     * @param vintageYears    the vintages (capex years), one stacked series each.
     * @param byVintage       {@code byVintage[v][t]}: depreciation of vintage v in year t under the scenario, USD bn.
     * @param reportedTotal   total depreciation under the reported policy per year, USD bn.
     * @param firstProjected  the first projected fiscal year (drawn hatched/dashed from there).
     */
    public record VintageView(String company, int[] years, int[] vintageYears, double[][] byVintage,
            double[] reportedTotal, int firstProjected) {
    }
}

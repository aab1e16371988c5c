package org.capexlens.chart;

import java.util.Objects;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.Sensitivity;
import org.capexlens.domain.Status;
import org.capexlens.scenario.Scenario;
import org.capexlens.text.Messages;

/**
 * What the sensitivity and vintage charts look at: the fiscal year of the margin curves, the company of the
 * vintage chart, the grid's axes and output, the tornado's output. The dashboard lets the user change them; the
 * exports and {@code render} record them so a chart can be reproduced.
 *
 * @param marginYear      fiscal year of the margin-vs-life curves and the heatmap output.
 * @param vintageCompany  company of the depreciation-by-vintage chart; {@code null} for the first with data.
 * @param gridRows        the heatmap's row axis (values from {@link #axisValues}).
 * @param gridColumns     the heatmap's column axis.
 * @param tornadoFrom     first fiscal year of the tornado's cumulative ΔD output.
 * @param tornadoTo       last fiscal year of it.
 * @param compared        the scenarios the Compare charts set beside the scenario (issue 11), at most three;
 *                        {@code null} is read as none.
 * @param simulation      the Monte Carlo summary the fan charts draw (issue 11), or {@code null} when no simulation
 *                        of this scenario has run; a fan chart's sidecar records its runs, seed and distributions
 *                        and a reproduction reruns it.
 */
public record ChartSettings(int marginYear, String vintageCompany, Sensitivity.Axis gridRows,
        Sensitivity.Axis gridColumns, int tornadoFrom, int tornadoTo, java.util.List<Scenario> compared,
        org.capexlens.calc.MonteCarlo.Summary simulation) {

    /** Settings comparing {@code compared}, without a simulation. */
    public ChartSettings(int marginYear, String vintageCompany, Sensitivity.Axis gridRows,
            Sensitivity.Axis gridColumns, int tornadoFrom, int tornadoTo, java.util.List<Scenario> compared) {
        this(marginYear, vintageCompany, gridRows, gridColumns, tornadoFrom, tornadoTo, compared, null);
    }

    /** Settings comparing nothing (every caller before issue 11). */
    public ChartSettings(int marginYear, String vintageCompany, Sensitivity.Axis gridRows,
            Sensitivity.Axis gridColumns, int tornadoFrom, int tornadoTo) {
        this(marginYear, vintageCompany, gridRows, gridColumns, tornadoFrom, tornadoTo, java.util.List.of());
    }

    public ChartSettings {
        compared = compared == null ? java.util.List.of() : java.util.List.copyOf(compared);
        if (compared.size() >= org.capexlens.calc.ScenarioComparison.MAX_SCENARIOS) {
            throw new IllegalArgumentException("at most " + (org.capexlens.calc.ScenarioComparison.MAX_SCENARIOS - 1)
                    + " scenarios are compared with the current one, was " + compared.size());
        }
        Objects.requireNonNull(gridRows, "gridRows");
        Objects.requireNonNull(gridColumns, "gridColumns");
        if (gridRows == gridColumns) {
            throw new IllegalArgumentException("the grid needs two different axes, both were " + gridRows);
        }
        if (tornadoTo < tornadoFrom) {
            throw new IllegalArgumentException("tornado years run backwards: " + tornadoFrom + "-" + tornadoTo);
        }
    }

    /**
     * The defaults for a result: the first projected year for the margins (the year the argument is about), the
     * first hyperscaler for vintages, life × short-lived share for the grid, ΔD 2026–2028 for the tornado (the
     * window of Burry's $176B claim).
     */
    public static ChartSettings defaults(ModelResult result) {
        int firstProjected = result.companies().stream().filter(r -> r.status() == Status.SCENARIO)
                .mapToInt(ModelResult.CompanyYear::fiscalYear).min().orElse(2026);
        return new ChartSettings(firstProjected, null, Sensitivity.Axis.SHORT_LIVED_SHARE, Sensitivity.Axis.LIFE,
                2026, 2028);
    }

    /** The same settings for another margin year. */
    public ChartSettings withMarginYear(int year) {
        return new ChartSettings(year, vintageCompany, gridRows, gridColumns, tornadoFrom, tornadoTo, compared, simulation);
    }

    /** The same settings for another vintage company. */
    public ChartSettings withVintageCompany(String company) {
        return new ChartSettings(marginYear, company, gridRows, gridColumns, tornadoFrom, tornadoTo, compared, simulation);
    }

    /** The same settings comparing the scenario with {@code others} (issue 11). */
    public ChartSettings withCompared(java.util.List<Scenario> others) {
        return new ChartSettings(marginYear, vintageCompany, gridRows, gridColumns, tornadoFrom, tornadoTo, others, simulation);
    }

    /** The same settings with the fan charts drawing {@code summary} ({@code null} for none). */
    public ChartSettings withSimulation(org.capexlens.calc.MonteCarlo.Summary summary) {
        return new ChartSettings(marginYear, vintageCompany, gridRows, gridColumns, tornadoFrom, tornadoTo, compared,
                summary);
    }

    /** The values an axis of the grid takes. */
    public static Sensitivity.AxisValues axisValues(Sensitivity.Axis axis) {
        return switch (axis) {
            case LIFE -> Sensitivity.AxisValues.range(axis, 1.5, 8, 14);
            case SHORT_LIVED_SHARE -> Sensitivity.AxisValues.range(axis, 0.3, 0.8, 11);
            case CAPEX_GROWTH -> Sensitivity.AxisValues.range(axis, -0.1, 0.3, 9);
        };
    }

    /** A reader's name for an axis. */
    public static String axisLabel(Sensitivity.Axis axis) {
        return switch (axis) {
            case LIFE -> Messages.get("chart.grid.axis.life");
            case SHORT_LIVED_SHARE -> Messages.get("chart.grid.axis.shortLivedShare");
            case CAPEX_GROWTH -> Messages.get("chart.grid.axis.capexGrowth");
        };
    }
}

package org.capexlens.calc;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Ranges;
import org.capexlens.scenario.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;

/**
 * How much the conclusions depend on each assumption (DESIGN §3.3): margin against useful life, two-way grids and a
 * tornado. Each call reuses the vintage runs across its evaluations (the depreciation per unit of capex is computed
 * once per company, life and capex growth; the short-lived share only scales it), so a 40 × 40 grid costs a few
 * milliseconds.
 * <p>
 * "Life" here always means a uniform life for every company, replacing the scenario's policy and its per-company
 * overrides, so that one axis value means one thing.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /** The lives of {@link #marginVsLife(Dataset, Scenario, String, int)}: 1 to 8 years in steps of ½. */
    public static final List<Double> DEFAULT_LIVES = range(1, 8, 15);

    // ---- outputs -------------------------------------------------------------------------------------------------

    /** A single figure of the model that a sensitivity varies. */
    public sealed interface Output {
    }

    /**
     * The hyperscalers' adjusted operating income in one calendar year (the component keeps its historical name),
     * summed over those whose fiscal years covering it have operating income (reported or projected); USD billions.
     * Issue 14: calendarised month by month (Microsoft's FY2027 gives half to 2026 and half to 2027).
     */
    public record SummedAdjustedOperatingIncome(int fiscalYear) implements Output {
    }

    /**
     * ΔD summed over the hyperscalers and the calendar years {@code fromYear..toYear}, calendarised month by month
     * (issue 14); USD billions.
     */
    public record CumulativeDeltaDepreciation(int fromYear, int toYear) implements Output {
    }

    /** One company's adjusted operating margin in one fiscal year, a fraction. */
    public record AdjustedOperatingMargin(String company, int fiscalYear) implements Output {
        public AdjustedOperatingMargin {
            Objects.requireNonNull(company, "company");
        }
    }

    /** One company's earnings overstatement (NI / adjusted NI − 1) in one fiscal year, a fraction. */
    public record EarningsOverstatement(String company, int fiscalYear) implements Output {
        public EarningsOverstatement {
            Objects.requireNonNull(company, "company");
        }
    }

    // ---- margin vs life -----------------------------------------------------------------------------------------

    /**
     * One point of a margin-vs-life line.
     *
     * @param lifeYears                the uniform life.
     * @param adjustedOperatingMargin  the company's adjusted operating margin, or {@code null} when not computable.
     */
    public record LifePoint(double lifeYears, Double adjustedOperatingMargin) {
    }

    /** {@link #marginVsLife(Dataset, Scenario, String, int, List)} over {@link #DEFAULT_LIVES}. */
    public static List<LifePoint> marginVsLife(Dataset dataset, Scenario scenario, String company, int fiscalYear) {
        return marginVsLife(dataset, scenario, company, fiscalYear, DEFAULT_LIVES);
    }

    /**
     * A company's adjusted operating margin in a fiscal year under a uniform life, for each life.
     *
     * @param company     company id (a company with capex; otherwise every margin is {@code null}).
     * @param fiscalYear  the fiscal year.
     * @param lives       lives in years, each {@code > 0}.
     */
    public static List<LifePoint> marginVsLife(Dataset dataset, Scenario scenario, String company, int fiscalYear,
            List<Double> lives) {
        ModelCache cache = new ModelCache(dataset, scenario);
        ModelCache.Variant base = ModelCache.Variant.of(scenario);
        Output out = new AdjustedOperatingMargin(company, fiscalYear);
        List<LifePoint> points = new ArrayList<>(lives.size());
        for (double life : lives) {
            double m = evaluate(cache, base.withLife(new DepreciationPolicy.Uniform(life)), out);
            points.add(new LifePoint(life, MarginModel.box(m)));
        }
        return points;
    }

    // ---- two-way grid ---------------------------------------------------------------------------------------------

    /** An assumption a grid can vary. */
    public enum Axis {
        /** A uniform life for every company, years. */
        LIFE,
        /** The short-lived share {@code s}, 0..1. */
        SHORT_LIVED_SHARE,
        /** Capex growth after the last capex year, a fraction. */
        CAPEX_GROWTH
    }

    /**
     * The values of one grid axis.
     *
     * @param axis    not {@code null}.
     * @param values  at least one value, each valid for the axis.
     */
    public record AxisValues(Axis axis, List<Double> values) {
        public AxisValues {
            Objects.requireNonNull(axis, "axis");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an axis needs at least one value");
            }
        }

        /** {@code count} evenly spaced values from {@code from} to {@code to} (both included). */
        public static AxisValues range(Axis axis, double from, double to, int count) {
            return new AxisValues(axis, Sensitivity.range(from, to, count));
        }
    }

    /**
     * A two-way grid: {@code values.get(r).get(c)} is the output at {@code rows.values().get(r)} and
     * {@code columns.values().get(c)}, {@code null} where the output is not computable.
     */
    public record Grid(Output output, AxisValues rows, AxisValues columns, List<List<Double>> values) {
        public Grid {
            List<List<Double>> copy = new ArrayList<>(values.size());
            for (List<Double> row : values) {
                copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
            }
            values = java.util.Collections.unmodifiableList(copy);
        }
    }

    /**
     * A two-way sensitivity grid (e.g. life × short-lived share, or life × capex growth).
     *
     * @param output   the figure to compute, not {@code null}.
     * @param rows     values of the row assumption.
     * @param columns  values of the column assumption (a different axis from {@code rows}).
     */
    public static Grid grid(Dataset dataset, Scenario scenario, Output output, AxisValues rows, AxisValues columns) {
        Objects.requireNonNull(output, "output");
        if (rows.axis() == columns.axis()) {
            throw new IllegalArgumentException("rows and columns must vary different assumptions, both are "
                    + rows.axis());
        }
        ModelCache cache = new ModelCache(dataset, scenario);
        ModelCache.Variant base = ModelCache.Variant.of(scenario);
        List<List<Double>> values = new ArrayList<>(rows.values().size());
        for (double r : rows.values()) {
            ModelCache.Variant rowVariant = apply(base, rows.axis(), r);
            List<Double> line = new ArrayList<>(columns.values().size());
            for (double c : columns.values()) {
                line.add(MarginModel.box(evaluate(cache, apply(rowVariant, columns.axis(), c), output)));
            }
            values.add(line);
        }
        return new Grid(output, rows, columns, values);
    }

    private static ModelCache.Variant apply(ModelCache.Variant v, Axis axis, double value) {
        switch (axis) {
            case LIFE:
                return v.withLife(new DepreciationPolicy.Uniform(value));
            case SHORT_LIVED_SHARE:
                return v.withShare(Ranges.SHORT_LIVED_SHARE.require(value));
            case CAPEX_GROWTH:
            default:
                return v.withCapexGrowth(Ranges.CAPEX_GROWTH.require(value));
        }
    }

    // ---- tornado --------------------------------------------------------------------------------------------------

    /** An assumption of the tornado. */
    public enum Assumption {
        /** Uniform life for every company, years. */
        LIFE,
        /** Short-lived share {@code s}. */
        SHORT_LIVED_SHARE,
        /** In-service lag, whole years. */
        LAG,
        /** First-year convention: setting 0 = full year, 1 = half year. */
        CONVENTION,
        /** Capex growth, a fraction. */
        CAPEX_GROWTH,
        /** Revenue growth, a fraction. */
        REVENUE_GROWTH
    }

    /**
     * The low and high setting of one assumption.
     *
     * @param low   the low setting (for {@link Assumption#CONVENTION}: 0 = full year, 1 = half year).
     * @param high  the high setting.
     */
    public record Range(Assumption assumption, double low, double high) {
        public Range {
            Objects.requireNonNull(assumption, "assumption");
        }
    }

    /**
     * One bar of a tornado.
     *
     * @param outputLow   the output at the low setting, {@code null} when not computable.
     * @param outputHigh  the output at the high setting, {@code null} when not computable.
     * @param swing       {@code |outputHigh − outputLow|}; 0 when either is not computable.
     */
    public record TornadoBar(Assumption assumption, double low, double high, Double outputLow, Double outputHigh,
            double swing) {
    }

    /**
     * The default ranges, around the scenario where it has a value:
     * <ul>
     * <li>life: uniform 2.5 vs 5.5 years, the middles of the debate's "2–3 years" and "5–6 years";</li>
     * <li>short-lived share: {@code s ± 0.15} (within 0..1);</li>
     * <li>lag: {@code max(0, lag − 1)} vs {@code lag + 1} (at most 5);</li>
     * <li>convention: full year vs half year;</li>
     * <li>capex growth: {@code g ± 0.10}; revenue growth: {@code g ± 0.05} (within −0.9 to 5).</li>
     * </ul>
     */
    public static List<Range> defaultRanges(Scenario s) {
        return List.of(new Range(Assumption.LIFE, 2.5, 5.5),
                new Range(Assumption.SHORT_LIVED_SHARE, Ranges.SHORT_LIVED_SHARE.clamp(s.shortLivedShare() - 0.15),
                        Ranges.SHORT_LIVED_SHARE.clamp(s.shortLivedShare() + 0.15)),
                new Range(Assumption.LAG, Ranges.IN_SERVICE_LAG.clamp(s.inServiceLagYears() - 1),
                        Ranges.IN_SERVICE_LAG.clamp(s.inServiceLagYears() + 1)),
                new Range(Assumption.CONVENTION, 0, 1),
                // Within the growth a scenario allows: a scenario near a bound must not fail its tornado.
                new Range(Assumption.CAPEX_GROWTH, Ranges.CAPEX_GROWTH.clamp(s.capexGrowth() - 0.10),
                        Ranges.CAPEX_GROWTH.clamp(s.capexGrowth() + 0.10)),
                new Range(Assumption.REVENUE_GROWTH, Ranges.REVENUE_GROWTH.clamp(s.revenueGrowth() - 0.05),
                        Ranges.REVENUE_GROWTH.clamp(s.revenueGrowth() + 0.05)));
    }

    /** {@link #tornado(Dataset, Scenario, Output, List)} with {@link #defaultRanges(Scenario)}. */
    public static List<TornadoBar> tornado(Dataset dataset, Scenario scenario, Output output) {
        return tornado(dataset, scenario, output, defaultRanges(scenario));
    }

    /**
     * Each assumption's swing on {@code output}, the others held at the scenario's values.
     *
     * @return one bar per range, largest swing first (ties keep the order of {@code ranges}).
     */
    public static List<TornadoBar> tornado(Dataset dataset, Scenario scenario, Output output, List<Range> ranges) {
        Objects.requireNonNull(output, "output");
        ModelCache cache = new ModelCache(dataset, scenario);
        ModelCache.Variant base = ModelCache.Variant.of(scenario);
        List<TornadoBar> bars = new ArrayList<>(ranges.size());
        for (Range r : ranges) {
            Double lo = MarginModel.box(evaluate(cache, set(base, r.assumption(), r.low()), output));
            Double hi = MarginModel.box(evaluate(cache, set(base, r.assumption(), r.high()), output));
            double swing = lo == null || hi == null ? 0 : Math.abs(hi - lo);
            bars.add(new TornadoBar(r.assumption(), r.low(), r.high(), lo, hi, swing));
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        return bars;
    }

    private static ModelCache.Variant set(ModelCache.Variant v, Assumption a, double value) {
        switch (a) {
            case LIFE:
                return apply(v, Axis.LIFE, value);
            case SHORT_LIVED_SHARE:
                return apply(v, Axis.SHORT_LIVED_SHARE, value);
            case LAG:
                if (!Ranges.IN_SERVICE_LAG.contains(value) || value != Math.rint(value)) {
                    throw new IllegalArgumentException("in_service_lag_years must be a whole number 0-5, was "
                            + value);
                }
                return v.withLag((int) value);
            case CONVENTION:
                return v.withConvention(value >= 0.5 ? Convention.HALF_YEAR : Convention.FULL_YEAR);
            case CAPEX_GROWTH:
                return apply(v, Axis.CAPEX_GROWTH, value);
            case REVENUE_GROWTH:
            default:
                return v.withRevenueGrowth(Ranges.REVENUE_GROWTH.require(value));
        }
    }

    // ---- evaluation -------------------------------------------------------------------------------------------------

    /** The output in one variant, {@code NaN} when not computable. */
    static double evaluate(ModelCache cache, ModelCache.Variant v, Output output) {
        // Issue 14: both sums cross companies, so they are calendarised (DESIGN §3.1): a fiscal year counts with
        // the share of its months that falls in the calendar years asked about.
        if (output instanceof SummedAdjustedOperatingIncome) {
            int year = ((SummedAdjustedOperatingIncome) output).fiscalYear();
            double sum = 0;
            boolean any = false;
            for (CompanyInputs in : cache.inputs(v.capexGrowth())) {
                if (in.company.role() != Role.HYPERSCALER) {
                    continue;
                }
                int m = in.company.fiscalYearEndMonth();
                double part = 0;
                boolean known = true;
                for (int fy = year; fy <= year + 1; fy++) {
                    double w = Calendarizer.calendarYearShare(fy, m, year);
                    int j = fy - in.firstYear;
                    if (w > 0) {
                        double adj = j >= 0 && j < in.years() ? cache.figures(in, v).adjustedOperatingIncome(j)
                                : Double.NaN;
                        known &= CompanyFigures.known(adj);
                        part += known ? w * adj : 0;
                    }
                }
                if (known) {
                    sum += part;
                    any = true;
                }
            }
            return any ? sum : Double.NaN;
        }
        if (output instanceof CumulativeDeltaDepreciation) {
            CumulativeDeltaDepreciation c = (CumulativeDeltaDepreciation) output;
            double sum = 0;
            for (CompanyInputs in : cache.inputs(v.capexGrowth())) {
                if (in.company.role() != Role.HYPERSCALER) {
                    continue;
                }
                double[] delta = cache.deltaDepreciation(in, v);
                int m = in.company.fiscalYearEndMonth();
                int from = Math.max(0, c.fromYear() - in.firstYear);
                int to = Math.min(in.years() - 1, c.toYear() + 1 - in.firstYear);
                for (int j = from; j <= to; j++) {
                    double w = 0;
                    for (int cy = c.fromYear(); cy <= c.toYear(); cy++) {
                        w += Calendarizer.calendarYearShare(in.firstYear + j, m, cy);
                    }
                    sum += w * delta[j];
                }
            }
            return sum;
        }
        String company;
        int year;
        if (output instanceof AdjustedOperatingMargin) {
            company = ((AdjustedOperatingMargin) output).company();
            year = ((AdjustedOperatingMargin) output).fiscalYear();
        } else {
            company = ((EarningsOverstatement) output).company();
            year = ((EarningsOverstatement) output).fiscalYear();
        }
        for (CompanyInputs in : cache.inputs(v.capexGrowth())) {
            int j = year - in.firstYear;
            if (in.id().equals(company) && j >= 0 && j < in.years()) {
                CompanyFigures f = cache.figures(in, v);
                return output instanceof AdjustedOperatingMargin ? f.adjustedOperatingMargin(j)
                        : f.earningsOverstatement(j, cache.base().overstatementMinAdjustedShare());
            }
        }
        return Double.NaN;
    }

    static List<Double> range(double from, double to, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        List<Double> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // The last value is exactly `to`: -0.9 + 5.9 is 5.000000000000001, past the largest growth a scenario
            // allows, and a grid up to that bound failed.
            values.add(count == 1 ? from : i == count - 1 ? to : from + (to - from) * i / (count - 1));
        }
        return List.copyOf(values);
    }
}

package org.capexlens.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.rootfinder.BrentSolver;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Ranges;
import org.capexlens.scenario.Scenario;

/**
 * The break-even question turned around (issue 11): which value of one assumption makes a target true. Each
 * question is a function of one variable on a searched range, solved with Brent's method from Apache Commons
 * Numbers; when the target already holds at the favourable end of the range, or cannot hold anywhere in it, the
 * answer says so ({@link Status}) instead of returning a bound.
 */
public final class WhatMustBeTrue {
    /** Life range searched, years: from half a year to fifteen. */
    public static final double MIN_LIFE = 0.5;
    /** See {@link #MIN_LIFE}. */
    public static final double MAX_LIFE = 15;
    private static final BrentSolver BRENT = new BrentSolver(1e-10, 1e-12, 1e-12);
    private static final int PATH_POINTS = 29;

    private WhatMustBeTrue() {
    }

    /** Whether the question has an answer in the searched range. */
    public enum Status {
        /** {@link Answer#value()} is the value at which the target is just met. */
        SOLVED,
        /** The target holds over the whole searched range: no value is needed. */
        ALWAYS_MET,
        /** The target holds nowhere in the searched range. */
        NOT_IN_RANGE,
        /** The data lack what the question needs (no AI revenue, no such company or year). */
        NO_DATA
    }

    /**
     * A point of the answer's path chart.
     *
     * @param x  the year (growth question) or the searched variable (life and capex questions).
     * @param y  the output there.
     */
    public record Point(double x, double y) {
    }

    /**
     * The answer.
     *
     * @param status     whether and how it was solved.
     * @param value      the solved value (a fraction per year for growth, years for a life), NaN unless
     *                   {@link Status#SOLVED}.
     * @param lower      the searched range's lower end.
     * @param upper      its upper end.
     * @param baseYear   the last year with data the growth starts from (growth questions), else 0.
     * @param baseValue  the output the question starts from (AI revenue in the base year, or the output under the
     *                   scenario's own value), NaN when unknown.
     * @param path       growth: the output per year at the solved growth; otherwise the output across the range.
     */
    public record Answer(Status status, double value, double lower, double upper, int baseYear, double baseValue,
            List<Point> path) {
        public Answer {
            Objects.requireNonNull(status, "status");
            path = List.copyOf(path);
        }
    }

    /**
     * "AI revenue must grow by what per year for the ratio to reach {@code target} by {@code year}?" From the last
     * calendar year with AI revenue, infrastructure spending grows at the scenario's capex growth (a labelled
     * assumption: the data stop there) and AI revenue at the answer. Closed form:
     * {@code g = (infra·(1+g_capex)^n ÷ (target·revenue))^(1/n) − 1}.
     *
     * @param target  the ratio to reach, above zero (1 for "one dollar of revenue per dollar of infrastructure").
     * @param year    a calendar year after the last year with AI revenue.
     */
    public static Answer revenueGrowthForRatio(Dataset dataset, Scenario scenario, double target, int year) {
        ModelResult.RatioRow last = null;
        for (ModelResult.RatioRow r : EconomicsModel.compute(dataset, scenario).ratio()) {
            if (r.applications() > 0) {
                last = r;
            }
        }
        if (last == null || year <= last.year() || !(target > 0)) {
            return noData(Ranges.REVENUE_GROWTH.min(), Ranges.REVENUE_GROWTH.max());
        }
        return growth(last.year(), last.infrastructure(), last.applications(), 1 / target, year,
                scenario.capexGrowth());
    }

    /**
     * "AI revenue must grow by what per year for Sequoia's gap to close by {@code year}?" Infrastructure grows at
     * the scenario's capex growth from the last gap row; the required revenue keeps the scenario's multiplier.
     */
    public static Answer revenueGrowthForGap(Dataset dataset, Scenario scenario, int year) {
        List<ModelResult.RevenueGapRow> rows = EconomicsModel.compute(dataset, scenario).revenueGap();
        ModelResult.RevenueGapRow last = null;
        for (ModelResult.RevenueGapRow r : rows) {
            if (r.applications() > 0) {
                last = r;
            }
        }
        if (last == null || year <= last.year()) {
            return noData(Ranges.REVENUE_GROWTH.min(), Ranges.REVENUE_GROWTH.max());
        }
        double multiplier = last.requiredRevenue() / last.infrastructure();
        return growth(last.year(), last.infrastructure(), last.applications(), multiplier, year,
                scenario.capexGrowth());
    }

    /**
     * Revenue must reach {@code multiplier × infrastructure} in {@code year}: path points are revenue ÷ (multiplier ×
     * infrastructure), the coverage (1 = target met).
     */
    private static Answer growth(int baseYear, double infra, double revenue, double multiplier, int year,
            double capexGrowth) {
        int n = year - baseYear;
        double needed = infra * Math.pow(1 + capexGrowth, n) * multiplier;
        DoubleUnaryOperator f = g -> revenue * Math.pow(1 + g, n) - needed;
        double lo = Ranges.REVENUE_GROWTH.min();
        double hi = Ranges.REVENUE_GROWTH.max();
        Answer a = solve(f, lo, hi, baseYear, revenue);
        double g = a.status() == Status.SOLVED ? a.value() : a.status() == Status.ALWAYS_MET ? lo : hi;
        List<Point> path = new ArrayList<>();
        for (int t = 0; t <= n; t++) {
            double need = infra * Math.pow(1 + capexGrowth, t) * multiplier;
            path.add(new Point(baseYear + t, revenue * Math.pow(1 + g, t) / need));
        }
        return new Answer(a.status(), a.value(), lo, hi, baseYear, revenue, path);
    }

    /**
     * "What server life keeps {@code company}'s adjusted operating margin in {@code fiscalYear} at or above
     * {@code target}?" The company's life is set as a uniform override; the shortest life in
     * [{@link #MIN_LIFE}, {@link #MAX_LIFE}] that keeps the margin is the answer.
     */
    public static Answer lifeForMargin(Dataset dataset, Scenario scenario, String company, int fiscalYear,
            double target) {
        DoubleUnaryOperator margin = life -> {
            java.util.Map<String, DepreciationPolicy> o = new java.util.HashMap<>(scenario.companyOverrides());
            o.put(company, new DepreciationPolicy.Uniform(life));
            Scenario s = scenario.toBuilder().companyOverrides(o).build();
            for (ModelResult.CompanyYear r : EconomicsModel.compute(dataset, s).companies()) {
                if (r.company().equals(company) && r.fiscalYear() == fiscalYear) {
                    return r.adjustedOperatingMargin() == null ? Double.NaN : r.adjustedOperatingMargin();
                }
            }
            return Double.NaN;
        };
        double base = margin.applyAsDouble(MAX_LIFE);
        if (Double.isNaN(base)) {
            return noData(MIN_LIFE, MAX_LIFE);
        }
        Answer a = solve(x -> margin.applyAsDouble(x) - target, MIN_LIFE, MAX_LIFE, 0, Double.NaN);
        return new Answer(a.status(), a.value(), MIN_LIFE, MAX_LIFE, 0, Double.NaN, path(margin, MIN_LIFE, MAX_LIFE));
    }

    /**
     * "What capex growth keeps ΔD summed over fiscal years {@code from}–{@code to} at or under {@code limit}?"
     * The highest growth in the allowed range that does, for the scenario's depreciation policy.
     */
    public static Answer capexGrowthForDeltaD(Dataset dataset, Scenario scenario, int from, int to, double limit) {
        DoubleUnaryOperator delta = g -> {
            Scenario s = scenario.toBuilder().capexGrowth(g).build();
            double sum = 0;
            for (ModelResult.CompanyYear r : EconomicsModel.compute(dataset, s).companies()) {
                if (r.fiscalYear() >= from && r.fiscalYear() <= to) {
                    sum += r.deltaDepreciation();
                }
            }
            return sum;
        };
        double lo = Ranges.CAPEX_GROWTH.min();
        double hi = Ranges.CAPEX_GROWTH.max();
        // Met when ΔD - limit <= 0, i.e. "increasing is good" for limit - ΔD.
        Answer a = solve(g -> limit - delta.applyAsDouble(g), lo, hi, 0, delta.applyAsDouble(
                scenario.capexGrowth()));
        return new Answer(a.status(), a.value(), lo, hi, 0, a.baseValue(), path(delta, -0.2, 0.6));
    }

    /**
     * Solves {@code f(x) = 0} where the target is met while {@code f(x) >= 0}.
     * With {@code f} monotone, the root is the least (f increasing) or greatest (f decreasing) value meeting it.
     */
    static Answer solve(DoubleUnaryOperator f, double lo, double hi, int baseYear,
            double baseValue) {
        double fLo = f.applyAsDouble(lo);
        double fHi = f.applyAsDouble(hi);
        if (Double.isNaN(fLo) || Double.isNaN(fHi)) {
            return noData(lo, hi);
        }
        boolean metLo = fLo >= 0;
        boolean metHi = fHi >= 0;
        if (metLo && metHi) {
            return new Answer(Status.ALWAYS_MET, Double.NaN, lo, hi, baseYear, baseValue, List.of());
        }
        if (!metLo && !metHi) {
            return new Answer(Status.NOT_IN_RANGE, Double.NaN, lo, hi, baseYear, baseValue, List.of());
        }
        // One end meets the target and the other does not: the root is where it stops holding.
        return new Answer(Status.SOLVED, BRENT.findRoot(f, lo, hi), lo, hi, baseYear, baseValue, List.of());
    }

    private static Answer noData(double lo, double hi) {
        return new Answer(Status.NO_DATA, Double.NaN, lo, hi, 0, Double.NaN, List.of());
    }

    private static List<Point> path(DoubleUnaryOperator f, double lo, double hi) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < PATH_POINTS; i++) {
            double x = lo + (hi - lo) * i / (PATH_POINTS - 1);
            out.add(new Point(x, f.applyAsDouble(x)));
        }
        return out;
    }
}

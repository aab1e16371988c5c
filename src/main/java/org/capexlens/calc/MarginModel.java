package org.capexlens.calc;
import org.capexlens.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;

/**
 * Margins and earnings under the scenario's depreciation policy against the reported policy (DESIGN §3.3), one row
 * per hyperscaler and fiscal year from its first capex year to the horizon (the later of the scenario's projection
 * end year and its last capex year).
 * <ul>
 * <li>ΔD = D_scenario − D_reported_policy, both modelled from the same capex;</li>
 * <li>adjusted OI = OI − ΔD; adjusted margin = adjusted OI / revenue;</li>
 * <li>adjusted NI = NI − ΔD·(1 − tax); earnings overstatement = NI / adjusted NI − 1, a status instead when adjusted
 * NI is below the scenario's share of NI (default 20 %, {@link Overstatement}); beside it ΔD·(1 − tax) / NI;</li>
 * <li>catch-up write-off: the one-off part of ΔD (vintages older than a shortened life written off at the change,
 * scenario minus reported policy, {@link ModelCache#catchUpWriteOff});</li>
 * <li>maintenance capex: the short-lived fleet's replacement need under the scenario's policy (see
 * {@link CompanyDepreciation.Year#maintenanceCapex()});</li>
 * <li>break-even life: the shortest uniform life in (0, {@value #MAX_LIFE}] years for which the adjusted operating
 * margin still reaches the scenario's target ({@code break_even_target_margin}, default 0: adjusted operating
 * income = 0), found by bisection to {@value #LIFE_TOLERANCE} years (the value returned is the upper end of the last
 * bracket, so it always meets the target); outside that range a status, never the bound ({@link BreakEvenStatus}:
 * "profitable even if expensed", "needs more than 20 years"). Bisection
 * assumes the margin rises with the life, which holds whenever capex never falls (each year's depreciation is then
 * a non-increasing function of the life); for shrinking capex it returns one crossing.</li>
 * </ul>
 * Projected figures are explained in {@link CompanyFigures}; projected years have status {@code scenario}.
 */
public final class MarginModel {
    /** Longest life searched for the break-even life, years. */
    public static final double MAX_LIFE = 20.0;
    /** Precision of the break-even life, years. */
    public static final double LIFE_TOLERANCE = 0.01;

    private MarginModel() {
    }

    /**
     * The company rows of the model.
     *
     * @param dataset   not {@code null}.
     * @param scenario  not {@code null}.
     * @return one row per hyperscaler with capex and fiscal year, in the order of the companies sheet.
     */
    public static List<ModelResult.CompanyYear> compute(Dataset dataset, Scenario scenario) {
        return compute(new ModelCache(dataset, scenario));
    }

    static List<ModelResult.CompanyYear> compute(ModelCache cache) {
        Scenario scenario = cache.base();
        ModelCache.Variant v = ModelCache.Variant.of(scenario);
        double offset = v.offset();
        List<ModelResult.CompanyYear> rows = new ArrayList<>();
        for (CompanyInputs in : cache.inputs(scenario.capexGrowth())) {
            if (in.company.role() != Role.HYPERSCALER) {
                continue;
            }
            // Issue 14: the company's own short-lived share where the data gives one, else the scenario's.
            double s = v.shareFor(scenario, in.company);
            CompanyFigures f = cache.figures(in, v);
            int n = in.years();
            double[] gross = new double[n];
            double[] maint = new double[n];
            DepreciationEngine.fleetUnit(in.fleet, in.firstYear, DepreciationEngine.schedule(
                    scenario.policyFor(in.id()), in.lifeHistory, in.company.fiscalYearEndMonth()), offset, gross,
                    maint);
            double[] rest = cache.rest(in, scenario.capexGrowth(), offset, s);
            double[] catchUp = cache.catchUpWriteOff(in, v);
            double minShare = scenario.overstatementMinAdjustedShare();
            for (int j = 0; j < n; j++) {
                double delta = f.deltaDepreciation(j);
                BreakEven be = BreakEven.NONE;
                if (CompanyFigures.known(f.operatingIncome[j]) && f.revenue[j] > 0) {
                    double otherD = rest[j] - f.depreciationReported[j];
                    be = breakEven(in.fleet, j, f.operatingIncome[j], f.revenue[j], otherD, s, offset,
                            scenario.breakEvenTargetMargin());
                }
                rows.add(new ModelResult.CompanyYear(in.id(), in.firstYear + j, f.status(j), in.capex[j],
                        box(f.revenue[j]), box(f.operatingIncome[j]), f.depreciationReported[j],
                        f.depreciationScenario[j], delta, box(f.adjustedOperatingIncome(j)),
                        box(f.adjustedOperatingMargin(j)), box(f.netIncome[j]), box(f.adjustedNetIncome(j)),
                        box(f.earningsOverstatement(j, minShare)), s * maint[j], be.life(),
                        f.overstatementStatus(j, minShare), box(f.understatedDepreciationShare(j)), catchUp[j],
                        be.status(), in.company.fiscalYearEndMonth()));
            }
        }
        return rows;
    }

    /**
     * A break-even answer: a life, or a status (issue 14).
     *
     * @param status  never {@code null}.
     * @param life    the life found, years, or {@code null} unless {@code status} is {@link BreakEvenStatus#SOLVED}.
     */
    record BreakEven(BreakEvenStatus status, Double life) {
        static final BreakEven NONE = new BreakEven(BreakEvenStatus.NOT_APPLICABLE, null);
    }

    /**
     * The shortest uniform life for which {@code (oi − (s·U_L(j) + otherD)) / revenue >= target}, where
     * {@code U_L(j)} is the year's depreciation at {@code s = 1} under a uniform life {@code L} and {@code otherD}
     * the rest of ΔD (long-lived part minus reported-policy D); {@code null} when there is no such life in the
     * search range (see {@link #breakEven} for why).
     */
    static Double breakEvenLife(double[] capex, int j, double oi, double revenue, double otherD, double s,
            double offset, double target) {
        return breakEven(capex, j, oi, revenue, otherD, s, offset, target).life();
    }

    /**
     * The break-even life with its status (issue 14). The search is over (0, {@link #MAX_LIFE}]: when the target holds
     * with the short-lived capex expensed (the limit of a life going to zero: the vintage entering service in the year
     * is depreciated whole in it), the answer is {@link BreakEvenStatus#PROFITABLE_IF_EXPENSED}; when it fails at
     * {@link #MAX_LIFE}, {@link BreakEvenStatus#NEEDS_MORE_THAN}; otherwise bisection from 0 (failing) to
     * {@link #MAX_LIFE} (holding) to {@value #LIFE_TOLERANCE} years, returning the holding end.
     */
    static BreakEven breakEven(double[] capex, int j, double oi, double revenue, double otherD, double s,
            double offset, double target) {
        Objects.requireNonNull(capex, "capex");
        int placed = j - (int) Math.floor(offset);
        double expensed = s * (placed >= 0 ? capex[placed] : 0);
        if ((oi - (expensed + otherD)) / revenue >= target) {
            return new BreakEven(BreakEvenStatus.PROFITABLE_IF_EXPENSED, null);
        }
        if (!meets(capex, j, oi, revenue, otherD, s, offset, target, MAX_LIFE)) {
            return new BreakEven(BreakEvenStatus.NEEDS_MORE_THAN, null);
        }
        double lo = 0;
        double hi = MAX_LIFE;
        while (hi - lo > LIFE_TOLERANCE) {
            double mid = (lo + hi) / 2;
            if (meets(capex, j, oi, revenue, otherD, s, offset, target, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new BreakEven(BreakEvenStatus.SOLVED, hi);
    }

    private static boolean meets(double[] capex, int j, double oi, double revenue, double otherD, double s,
            double offset, double target, double life) {
        double d = s * DepreciationEngine.uniformDepreciation(capex, j, life, offset);
        return (oi - (d + otherD)) / revenue >= target;
    }

    static Double box(double v) {
        return Double.isFinite(v) ? v : null;
    }
}

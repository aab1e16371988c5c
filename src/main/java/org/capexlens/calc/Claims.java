package org.capexlens.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoubleUnaryOperator;
import org.capexlens.calc.ClaimCheck.GoalSeek;
import org.capexlens.calc.ClaimCheck.Status;
import org.capexlens.calc.ClaimCheck.Variable;
import org.capexlens.domain.Claim;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;

/**
 * Checks each claim of the dataset's {@code claims} sheet against the model (issue 10). For a numeric claim whose
 * metric the model computes, three figures in the claim's unit: under the scenario now applied, under the claim's
 * own assumptions ({@link #ownScenario}), and the difference; and a goal seek for the one assumption that
 * reproduces the figure.
 *
 * <p>Metrics ({@link Claim#METRICS}), the period read as years (a range sums or spans them, a single year is the
 * year):
 * <ul>
 * <li>{@code delta_depreciation_sum}: ΔD of the scope's companies (a hyperscaler, or {@code hyperscalers} for every
 * one), calendarised and summed over the period's calendar years (DESIGN §3.1); USD billions.</li>
 * <li>{@code earnings_overstatement}: the company's NI / adjusted NI − 1 in the fiscal year that ends the period, in
 * percent; "adjusted loss" when adjusted NI is not positive.</li>
 * <li>{@code required_revenue}, {@code revenue_gap}, {@code ratio}: Sequoia's required revenue, its gap, and the
 * infrastructure-to-application ratio of the period's last calendar year.</li>
 * <li>{@code infrastructure}, {@code applications}: the ratio's two sides in that year.</li>
 * <li>{@code stated_life}: the server life in force at the end of that fiscal year (for {@code hyperscalers}, the
 * mean over them).</li>
 * </ul>
 * Goal seek: for {@code delta_depreciation_sum} and {@code earnings_overstatement} the uniform life in
 * [{@value #MIN_LIFE}, {@value #MAX_LIFE}] years (every company, the scenario's other assumptions kept); for
 * {@code required_revenue} and {@code revenue_gap} Sequoia's GPU share of data-center cost in
 * [{@value #MIN_GPU_SHARE}, 1]. Bisection ({@link Bisection}); "no solution in range" when the range does not
 * bracket the figure. The other metrics are data, not assumptions: no goal seek. A depreciation claim whose
 * assumptions state a life has a second goal seek: the fiscal year from which a switch to that life reproduces it
 * ({@link ClaimCheck.SwitchSeek}).
 */
public final class Claims {
    /** Range of the uniform-life goal seek, years. */
    public static final double MIN_LIFE = 1.0;
    /** Range of the uniform-life goal seek, years. */
    public static final double MAX_LIFE = 10.0;
    /** Lower end of the GPU-share goal seek (the upper end is 1). */
    public static final double MIN_GPU_SHARE = 0.05;
    /** Sequoia's stated parameters (sequoia_method-002 and -004): GPUs are half the cost, a 50 % end-user margin. */
    public static final double SEQUOIA_SHARE = 0.5;
    private static final double LIFE_TOLERANCE = 0.001;
    private static final double SHARE_TOLERANCE = 0.0001;

    private Claims() {
    }

    /**
     * Every claim of the dataset, checked, in sheet order.
     *
     * @param dataset   not {@code null}.
     * @param scenario  the scenario now applied, not {@code null}.
     */
    public static List<ClaimCheck> check(Dataset dataset, Scenario scenario) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(scenario, "scenario");
        List<ClaimCheck> out = new ArrayList<>(dataset.claims().size());
        for (Claim c : dataset.claims()) {
            out.add(check(dataset, scenario, c));
        }
        return out;
    }

    /** One claim, checked. */
    public static ClaimCheck check(Dataset dataset, Scenario scenario, Claim claim) {
        if (!claim.isNumeric()) {
            return new ClaimCheck(claim, Status.QUALITATIVE, null, null, null, GoalSeek.notApplicable());
        }
        if (claim.metric().isEmpty()) {
            return new ClaimCheck(claim, Status.NO_METRIC, null, null, null, GoalSeek.notApplicable());
        }
        if (claim.periodTo().isEmpty()) {
            return new ClaimCheck(claim, Status.NO_PERIOD, null, null, null, GoalSeek.notApplicable());
        }
        Value current = evaluate(dataset, scenario, claim);
        Scenario own = ownScenario(dataset, scenario, claim);
        Double ownValue = null;
        Status ownStatus = Status.NO_METRIC;
        if (own != null) {
            Value v = evaluate(dataset, own, claim);
            ownValue = v.status == Status.CHECKED ? v.value : null;
            ownStatus = v.status;
        }
        // The goal seek and the claim's own figure do not need the current figure (Oracle under 2.5 years is an
        // adjusted loss, but which life gives +26.9 % still has an answer).
        Double modelCurrent = current.status == Status.CHECKED ? current.value : null;
        return new ClaimCheck(claim, current.status, modelCurrent, ownValue,
                modelCurrent == null ? null : difference(claim, modelCurrent), goalSeek(dataset, scenario, claim),
                ownStatus, switchSeek(dataset, scenario, claim));
    }

    /**
     * The scenario a claim's own assumptions make of {@code scenario} (the documented mapping of issue 10):
     * <ul>
     * <li>ΔD and overstatement: the life its assumptions state ("2.5-year …" — {@link Claim#assumedLifeYears()}),
     * for every company, as if always used, or from the fiscal year its assumptions name ("… from 2026");</li>
     * <li>stated life: the reported policy (what the companies state);</li>
     * <li>infrastructure and ratio: the numerator its scope names (a chip vendor: Nvidia data-center revenue;
     * {@code hyperscalers}: hyperscaler capex);</li>
     * <li>applications: the AI revenue of the entity its scope names;</li>
     * <li>required revenue and gap: Sequoia's method as published (Nvidia data-center revenue, GPUs half the cost,
     * a 50 % end-user margin).</li>
     * </ul>
     *
     * @return the claim's scenario, or {@code null} when its assumptions give none.
     */
    public static Scenario ownScenario(Dataset dataset, Scenario scenario, Claim claim) {
        switch (claim.metric()) {
            case Claim.DELTA_DEPRECIATION_SUM, Claim.EARNINGS_OVERSTATEMENT -> {
                OptionalDouble life = claim.assumedLifeYears();
                if (life.isEmpty()) {
                    return null;
                }
                OptionalInt from = claim.assumedFromYear();
                DepreciationPolicy p = from.isPresent()
                        ? new DepreciationPolicy.SwitchTo(life.getAsDouble(), from.getAsInt())
                        : new DepreciationPolicy.Uniform(life.getAsDouble());
                return scenario.toBuilder().policy(p).companyOverrides(Map.of()).build();
            }
            case Claim.STATED_LIFE -> {
                return scenario.toBuilder().policy(DepreciationPolicy.REPORTED).companyOverrides(Map.of()).build();
            }
            case Claim.INFRASTRUCTURE, Claim.RATIO -> {
                RatioNumerator n = scopeNumerator(dataset, claim.scope());
                return n == null ? null : scenario.toBuilder().ratioNumerator(n).build();
            }
            case Claim.APPLICATIONS -> {
                boolean entity = dataset.aiRevenue().stream()
                        .anyMatch(a -> a.entity().trim().equalsIgnoreCase(claim.scope().trim()));
                return entity ? scenario.toBuilder().aiRevenueEntities(List.of(claim.scope().trim())).build() : null;
            }
            case Claim.REQUIRED_REVENUE, Claim.REVENUE_GAP -> {
                return scenario.toBuilder().ratioNumerator(RatioNumerator.NVIDIA_DATA_CENTER)
                        .gpuShareOfDataCenterCost(SEQUOIA_SHARE).endUserGrossMargin(SEQUOIA_SHARE).build();
            }
            default -> {
                return null;
            }
        }
    }

    // ---- the model's figure for a claim -------------------------------------------------------------------------

    /** A figure in the claim's unit, or why there is none. */
    private record Value(double value, Status status) {
        static Value of(double v) {
            return Double.isFinite(v) ? new Value(v, Status.CHECKED) : new Value(Double.NaN, Status.NO_DATA);
        }

        static Value none(Status why) {
            return new Value(Double.NaN, why);
        }
    }

    /** The model's figure for {@code claim}'s metric, period and scope under {@code s}. */
    static Value evaluate(Dataset d, Scenario s, Claim claim) {
        int from = claim.periodFrom().orElseThrow();
        int to = claim.periodTo().orElseThrow();
        return switch (claim.metric()) {
            case Claim.DELTA_DEPRECIATION_SUM -> deltaSum(d, s, claim.scope(), from, to);
            case Claim.EARNINGS_OVERSTATEMENT -> overstatement(d, s, claim.scope(), to);
            case Claim.REQUIRED_REVENUE -> RevenueGap.compute(d, s).stream().filter(r -> r.year() == to)
                    .findFirst().map(r -> Value.of(r.requiredRevenue())).orElse(Value.none(Status.NO_DATA));
            case Claim.REVENUE_GAP -> RevenueGap.compute(d, s).stream().filter(r -> r.year() == to)
                    .findFirst().map(r -> Value.of(r.gap())).orElse(Value.none(Status.NO_DATA));
            case Claim.RATIO -> RatioModel.compute(d, s).stream().filter(r -> r.year() == to && r.ratio() != null)
                    .findFirst().map(r -> Value.of(r.ratio())).orElse(Value.none(Status.NO_DATA));
            case Claim.INFRASTRUCTURE -> {
                Calendarizer.Calendarised infra = RatioModel.infrastructure(d, s);
                yield infra.isComplete(to) ? Value.of(infra.values().get(to)) : Value.none(Status.NO_DATA);
            }
            case Claim.APPLICATIONS -> {
                Double a = RatioModel.applications(d, s).get(to);
                yield a != null && a > 0 ? Value.of(a) : Value.none(Status.NO_DATA);
            }
            case Claim.STATED_LIFE -> statedLife(d, s, claim.scope(), to);
            default -> Value.none(Status.NO_METRIC);
        };
    }

    /** The hyperscalers a scope names: one of them, or every one; empty when it names none. */
    private static List<Company> hyperscalers(Dataset d, String scope) {
        List<Company> all = d.companies().stream().filter(c -> c.role() == Role.HYPERSCALER).toList();
        if (scope.trim().equalsIgnoreCase(Claim.HYPERSCALERS)) {
            return all;
        }
        return all.stream().filter(c -> c.id().equalsIgnoreCase(scope.trim())).toList();
    }

    private static Value deltaSum(Dataset d, Scenario s, String scope, int from, int to) {
        List<Company> companies = hyperscalers(d, scope);
        if (companies.isEmpty()) {
            return Value.none(Status.UNKNOWN_SCOPE);
        }
        Map<String, Map<Integer, Double>> byCompany = new LinkedHashMap<>();
        for (ModelResult.CompanyYear y : MarginModel.compute(d, s)) {
            byCompany.computeIfAbsent(y.company(), k -> new LinkedHashMap<>()).put(y.fiscalYear(),
                    y.deltaDepreciation());
        }
        List<Calendarizer.Calendarised> parts = new ArrayList<>();
        for (Company c : companies) {
            Map<Integer, Double> series = byCompany.get(c.id());
            if (series != null) {
                parts.add(Calendarizer.calendarise(series, c.fiscalYearEndMonth()));
            }
        }
        if (parts.isEmpty()) {
            return Value.none(Status.NO_DATA);
        }
        Calendarizer.Calendarised sum = Calendarizer.sum(parts);
        double total = 0;
        for (int y = from; y <= to; y++) {
            if (!sum.isComplete(y)) {
                return Value.none(Status.NO_DATA);
            }
            total += sum.values().get(y);
        }
        return Value.of(total);
    }

    private static Value overstatement(Dataset d, Scenario s, String scope, int fiscalYear) {
        if (hyperscalers(d, scope).size() != 1) {
            return Value.none(Status.UNKNOWN_SCOPE);
        }
        String id = hyperscalers(d, scope).get(0).id();
        for (ModelResult.CompanyYear y : MarginModel.compute(d, s)) {
            if (y.company().equals(id) && y.fiscalYear() == fiscalYear) {
                if (y.earningsOverstatement() != null) {
                    return Value.of(y.earningsOverstatement() * 100);
                }
                if (y.earningsOverstatementStatus() == Overstatement.ADJUSTED_LOSS) {
                    return Value.none(Status.ADJUSTED_LOSS);
                }
                // Issue 14: adjusted NI positive but under the scenario's share of NI: no percentage is shown.
                return y.earningsOverstatementStatus() == Overstatement.NOT_MEANINGFUL && y.netIncome() > 0
                        ? Value.none(Status.NOT_MEANINGFUL) : Value.none(Status.NO_DATA);
            }
        }
        return Value.none(Status.NO_DATA);
    }

    private static Value statedLife(Dataset d, Scenario s, String scope, int fiscalYear) {
        List<Company> companies = hyperscalers(d, scope);
        if (companies.isEmpty()) {
            return Value.none(Status.UNKNOWN_SCOPE);
        }
        double sum = 0;
        for (Company c : companies) {
            LifeSchedule lives = DepreciationEngine.schedule(s.policyFor(c.id()),
                    DepreciationEngine.serverLifeHistory(d, c.id()), c.fiscalYearEndMonth());
            double life = lives.initialLifeYears();
            for (LifeSchedule.Change ch : lives.changes()) {
                if (ch.fiscalTime() < fiscalYear + 1) {
                    life = ch.lifeYears();
                }
            }
            sum += life;
        }
        return Value.of(sum / companies.size());
    }

    private static RatioNumerator scopeNumerator(Dataset d, String scope) {
        if (scope.trim().equalsIgnoreCase(Claim.HYPERSCALERS)) {
            return RatioNumerator.HYPERSCALER_CAPEX;
        }
        boolean vendor = d.companies().stream()
                .anyMatch(c -> c.role() == Role.CHIP_VENDOR && c.id().equalsIgnoreCase(scope.trim()));
        return vendor ? RatioNumerator.NVIDIA_DATA_CENTER : null;
    }

    /** Model minus claim; for a range or a bound, the distance outside it (0 within). */
    static Double difference(Claim c, double model) {
        if (c.figure() != null) {
            return model - c.figure();
        }
        if (c.figureLow() != null && model < c.figureLow()) {
            return model - c.figureLow();
        }
        if (c.figureHigh() != null && model > c.figureHigh()) {
            return model - c.figureHigh();
        }
        return 0.0;
    }

    // ---- goal seek ----------------------------------------------------------------------------------------------

    /** The one assumption that reproduces a point figure under {@code scenario}; see the class comment. */
    static GoalSeek goalSeek(Dataset d, Scenario scenario, Claim claim) {
        if (claim.figure() == null) {
            return GoalSeek.notApplicable();
        }
        double target = claim.figure();
        switch (claim.metric()) {
            case Claim.DELTA_DEPRECIATION_SUM, Claim.EARNINGS_OVERSTATEMENT -> {
                Scenario base = scenario.toBuilder().companyOverrides(Map.of()).build();
                return seek(Variable.UNIFORM_LIFE_YEARS, life -> gap(d, base.withPolicy(
                        new DepreciationPolicy.Uniform(life)), claim, target), MIN_LIFE, MAX_LIFE, LIFE_TOLERANCE);
            }
            case Claim.REQUIRED_REVENUE, Claim.REVENUE_GAP -> {
                return seek(Variable.GPU_SHARE_OF_DATA_CENTER_COST, share -> gap(d, scenario.toBuilder()
                        .gpuShareOfDataCenterCost(share).build(), claim, target), MIN_GPU_SHARE, 1.0,
                        SHARE_TOLERANCE);
            }
            default -> {
                return GoalSeek.notApplicable();
            }
        }
    }

    private static double gap(Dataset d, Scenario s, Claim claim, double target) {
        Value v = evaluate(d, s, claim);
        if (v.status == Status.ADJUSTED_LOSS || v.status == Status.NOT_MEANINGFUL) {
            // Adjusted net income gone, or under the threshold share of NI (issue 14): the overstatement has grown
            // past any figure shown, so the root is further on.
            return Double.POSITIVE_INFINITY;
        }
        return v.status == Status.CHECKED ? v.value - target : Double.NaN;
    }

    private static GoalSeek seek(Variable variable, DoubleUnaryOperator f, double lo, double hi, double tol) {
        OptionalDouble x = Bisection.solve(f, lo, hi, tol);
        return x.isPresent() ? new GoalSeek(ClaimCheck.SeekStatus.SOLVED, variable, x.getAsDouble(), lo, hi)
                : new GoalSeek(ClaimCheck.SeekStatus.NO_SOLUTION_IN_RANGE, variable, null, lo, hi);
    }

    // ---- switch-year goal seek ----------------------------------------------------------------------------------

    /**
     * From which fiscal year a prospective switch to the claim's own life reproduces a depreciation claim, searched
     * from the year after the first capex row to the claim's last year (a switch after the period changes nothing in
     * it); see {@link ClaimCheck.SwitchSeek}.
     */
    static ClaimCheck.SwitchSeek switchSeek(Dataset d, Scenario scenario, Claim claim) {
        OptionalDouble life = claim.assumedLifeYears();
        boolean depreciation = Claim.DELTA_DEPRECIATION_SUM.equals(claim.metric())
                || Claim.EARNINGS_OVERSTATEMENT.equals(claim.metric());
        OptionalInt last = claim.periodTo();
        if (!depreciation || claim.figure() == null || life.isEmpty() || last.isEmpty() || d.capex().isEmpty()) {
            return ClaimCheck.SwitchSeek.notApplicable();
        }
        int first = d.capex().stream().mapToInt(c -> c.fiscalYear()).min().getAsInt() + 1;
        int lastYear = last.getAsInt();
        double target = claim.figure();
        Scenario base = scenario.toBuilder().companyOverrides(Map.of()).build();
        Double previous = null;
        for (int year = first; year <= lastYear; year++) {
            double g = gap(d, base.withPolicy(new DepreciationPolicy.SwitchTo(life.getAsDouble(), year)), claim,
                    target);
            if (g == 0) {
                return solved(life.getAsDouble(), year, target, first, lastYear);
            }
            // An adjusted loss counts as +infinity: the figure lies between, at the finite year of the two.
            if (previous != null && !Double.isNaN(g) && Math.signum(g) != Math.signum(previous)) {
                boolean earlier = !Double.isFinite(g) || Double.isFinite(previous) && Math.abs(previous) <= Math.abs(g);
                return solved(life.getAsDouble(), earlier ? year - 1 : year, target + (earlier ? previous : g),
                        first, lastYear);
            }
            previous = Double.isNaN(g) ? null : g;
        }
        return new ClaimCheck.SwitchSeek(ClaimCheck.SeekStatus.NO_SOLUTION_IN_RANGE, life.getAsDouble(), null, null,
                first, lastYear);
    }

    private static ClaimCheck.SwitchSeek solved(double life, int year, double achieved, int first, int last) {
        return new ClaimCheck.SwitchSeek(ClaimCheck.SeekStatus.SOLVED, life, year, achieved, first, last);
    }
}

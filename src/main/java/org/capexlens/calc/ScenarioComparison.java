package org.capexlens.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Scenario;

/**
 * Two to four scenarios side by side (issue 11): each one's key figures from {@link EconomicsModel#compute}, the
 * public model API, so the comparison follows whatever the engine computes. The first scenario is the baseline the
 * others' differences are measured against.
 */
public final class ScenarioComparison {
    /** At most this many scenarios are compared: more columns would not fit a readable table or chart. */
    public static final int MAX_SCENARIOS = 4;

    private ScenarioComparison() {
    }

    /**
     * One scenario's key figures.
     *
     * @param result              the whole model result (the charts draw its series).
     * @param deltaDepreciation   ΔD summed over companies and the calendar years {@code from}–{@code to},
     *                            calendarised month by month as on the Overview (issue 14), USD billions.
     * @param companies           each company's row in the comparison's fiscal year (adjusted margin, earnings
     *                            overstatement and its status), in result order.
     * @param ratio               the latest year's infrastructure-to-application ratio row with a ratio, or
     *                            {@code null}.
     * @param revenueGap          the latest revenue-gap row, or {@code null}.
     * @param bain                the latest Bain row, or {@code null}.
     */
    public record Figures(ModelResult result, double deltaDepreciation, Map<String, ModelResult.CompanyYear> companies,
            ModelResult.RatioRow ratio, ModelResult.RevenueGapRow revenueGap, ModelResult.BainRow bain) {
        public Figures {
            Objects.requireNonNull(result, "result");
            companies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(companies));
        }

        /** The scenario compared. */
        public Scenario scenario() {
            return result.scenario();
        }
    }

    /**
     * The comparison.
     *
     * @param fiscalYear  the fiscal year of the margins and overstatements.
     * @param from        first calendar year of the ΔD sum.
     * @param to          last calendar year of the ΔD sum.
     * @param scenarios   one entry per scenario, baseline first.
     */
    public record Comparison(int fiscalYear, int from, int to, List<Figures> scenarios) {
        public Comparison {
            scenarios = List.copyOf(scenarios);
        }

        /** The companies with a row in any scenario, in first-seen order. */
        public List<String> companies() {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
            scenarios.forEach(f -> all.addAll(f.companies().keySet()));
            return new ArrayList<>(all);
        }
    }

    /**
     * Computes every scenario on the dataset.
     *
     * @param dataset     not {@code null}.
     * @param scenarios   one to {@link #MAX_SCENARIOS} scenarios, baseline first.
     * @param fiscalYear  the year of the per-company figures.
     * @param from        first calendar year of the ΔD sum (e.g. 2026, the window of Burry's claim).
     * @param to          last calendar year of the ΔD sum, not before {@code from}.
     * @throws IllegalArgumentException  with no scenario, more than the maximum, or years that run backwards.
     */
    public static Comparison compare(Dataset dataset, List<Scenario> scenarios, int fiscalYear, int from, int to) {
        Objects.requireNonNull(dataset, "dataset");
        if (scenarios.isEmpty() || scenarios.size() > MAX_SCENARIOS) {
            throw new IllegalArgumentException("compare 1 to " + MAX_SCENARIOS + " scenarios, was "
                    + scenarios.size());
        }
        if (to < from) {
            throw new IllegalArgumentException("years run backwards: " + from + "-" + to);
        }
        List<Figures> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            out.add(figures(EconomicsModel.compute(dataset, s), fiscalYear, from, to));
        }
        return new Comparison(fiscalYear, from, to, out);
    }

    /** The key figures of one result. */
    public static Figures figures(ModelResult result, int fiscalYear, int from, int to) {
        double delta = CalendarTotals.sumCovered(result.calendar(), CalendarTotals.Row::deltaDepreciation, from, to);
        Map<String, ModelResult.CompanyYear> rows = new LinkedHashMap<>();
        for (ModelResult.CompanyYear r : result.companies()) {
            if (r.fiscalYear() == fiscalYear) {
                rows.put(r.company(), r);
            }
        }
        ModelResult.RatioRow ratio = null;
        for (ModelResult.RatioRow r : result.ratio()) {
            if (r.ratio() != null) {
                ratio = r;
            }
        }
        ModelResult.RevenueGapRow gap = result.revenueGap().isEmpty() ? null
                : result.revenueGap().get(result.revenueGap().size() - 1);
        ModelResult.BainRow bain = result.bain().isEmpty() ? null : result.bain().get(result.bain().size() - 1);
        return new Figures(result, delta, rows, ratio, gap, bain);
    }
}

package org.capexlens.ui.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.ModelResult.CompanyYear;
import org.capexlens.calc.ModelResult.RatioRow;
import org.capexlens.calc.ModelResult.RevenueGapRow;

/**
 * The Overview tab's key figures for one computed scenario, each next to its value in the "as reported" result of
 * the same dataset. Plain numbers (USD billions, fractions); the view formats them.
 *
 * @param deltaFrom             first calendar year of the cumulative ΔD.
 * @param deltaTo               last calendar year of it.
 * @param cumulativeDelta       ΔD summed over every company and the calendar years {@code deltaFrom..deltaTo},
 *                              calendarised (issue 14).
 * @param cumulativeDeltaReported  the same sum in the as-reported result (0 unless the data changes it).
 * @param marginYear            fiscal year of the margins.
 * @param margins               one row per listed company with a margin in {@code marginYear}, in result order.
 * @param marginCompanies       how many companies have a margin in {@code marginYear}; more than
 *                              {@code margins.size()} when only the largest are listed.
 * @param ratioYear             latest calendar year of the infrastructure-to-application ratio, or {@code null}.
 * @param ratio                 the ratio in {@code ratioYear}, or {@code null}.
 * @param ratioReported         the as-reported ratio in the same year, or {@code null}.
 * @param cumulativeRatio       the cumulative ratio up to {@code ratioYear}, or {@code null}.
 * @param gapYear               latest calendar year of the revenue gap, or {@code null}.
 * @param gap                   the gap in {@code gapYear}, or {@code null}.
 * @param gapReported           the as-reported gap in the same year, or {@code null}.
 * @param requiredRevenue       the revenue required in {@code gapYear}, or {@code null}.
 */
public record Overview(int deltaFrom, int deltaTo, double cumulativeDelta, double cumulativeDeltaReported,
        int marginYear, List<MarginHit> margins, int marginCompanies, Integer ratioYear, Double ratio, Double ratioReported,
        Double cumulativeRatio, Integer gapYear, Double gap, Double gapReported, Double requiredRevenue) {

    public Overview {
        margins = List.copyOf(margins);
    }

    /**
     * One company's operating margin under the scenario against the as-reported policy.
     *
     * @param company   company id.
     * @param reported  margin in the as-reported result, a fraction, or {@code null}.
     * @param adjusted  margin under the scenario, a fraction, or {@code null}.
     * @param row       issue 14: the scenario's row of the company in that fiscal year (its fiscal year end, the
     *                  overstatement or its status, ΔD·(1 − t)/NI), or {@code null}.
     */
    public record MarginHit(String company, Double reported, Double adjusted, CompanyYear row) {

        /** A hit without its result row (tests). */
        public MarginHit(String company, Double reported, Double adjusted) {
            this(company, reported, adjusted, null);
        }

        /** Scenario minus reported margin in percentage points, or {@code null} when either is unknown. */
        public Double changePoints() {
            return reported == null || adjusted == null ? null : (adjusted - reported) * 100;
        }
    }

    /**
     * The key figures of {@code result} against {@code reported}.
     *
     * @param result      the scenario's result, not {@code null}.
     * @param reported    the as-reported result of the same dataset, not {@code null}.
     * @param deltaFrom   first fiscal year of the cumulative ΔD (2026: Burry's window).
     * @param deltaTo     last fiscal year of it.
     * @param marginYear  fiscal year of the margins.
     * @param listed      the companies whose margins to list (the charts' companies), not {@code null}: a table of
     *                    1,000 rows is unreadable on an overview, and relaying it out took most of a repaint.
     */
    public static Overview of(ModelResult result, ModelResult reported, int deltaFrom, int deltaTo, int marginYear,
            java.util.Collection<String> listed) {
        Map<String, Double> reportedMargins = margins(reported, marginYear);
        Map<String, Double> adjustedMargins = margins(result, marginYear);
        Map<String, CompanyYear> rows = new java.util.HashMap<>();
        for (CompanyYear y : result.companies()) {
            if (y.fiscalYear() == marginYear) {
                rows.put(y.company(), y);
            }
        }
        java.util.Set<String> keep = new java.util.HashSet<>(listed);
        List<MarginHit> hits = new ArrayList<>();
        int withMargin = 0;
        for (Map.Entry<String, Double> e : adjustedMargins.entrySet()) {
            Double rep = reportedMargins.get(e.getKey());
            if (e.getValue() != null || rep != null) {
                withMargin++;
                if (keep.contains(e.getKey())) {
                    hits.add(new MarginHit(e.getKey(), rep, e.getValue(), rows.get(e.getKey())));
                }
            }
        }
        RatioRow lastRatio = result.ratio().isEmpty() ? null : result.ratio().get(result.ratio().size() - 1);
        RatioRow reportedRatio = lastRatio == null ? null : reported.ratio().stream()
                .filter(r -> r.year() == lastRatio.year()).findFirst().orElse(null);
        RevenueGapRow lastGap = result.revenueGap().isEmpty() ? null
                : result.revenueGap().get(result.revenueGap().size() - 1);
        RevenueGapRow reportedGap = lastGap == null ? null : reported.revenueGap().stream()
                .filter(r -> r.year() == lastGap.year()).findFirst().orElse(null);
        return new Overview(deltaFrom, deltaTo, cumulativeDelta(result, deltaFrom, deltaTo),
                cumulativeDelta(reported, deltaFrom, deltaTo), marginYear, hits, withMargin,
                lastRatio == null ? null : lastRatio.year(), lastRatio == null ? null : lastRatio.ratio(),
                reportedRatio == null ? null : reportedRatio.ratio(),
                lastRatio == null ? null : lastRatio.cumulativeRatio(),
                lastGap == null ? null : lastGap.year(), lastGap == null ? null : lastGap.gap(),
                reportedGap == null ? null : reportedGap.gap(), lastGap == null ? null : lastGap.requiredRevenue());
    }

    /** The margin row of {@code company}, if it has one. */
    public MarginHit margin(String company) {
        return margins.stream().filter(m -> m.company().equals(company)).findFirst().orElse(null);
    }

    /**
     * ΔD summed over every company and the calendar years {@code from..to}, calendarised month by month (issue 14,
     * DESIGN §3.1: Microsoft's and Oracle's fiscal years are not added to calendar years as they are). Where a year is
     * not fully covered the partial months still count (the card never shows nothing for a dataset that ends early).
     */
    private static double cumulativeDelta(ModelResult r, int from, int to) {
        return org.capexlens.calc.CalendarTotals.sumCovered(r.calendar(),
                org.capexlens.calc.CalendarTotals.Row::deltaDepreciation, from, to);
    }

    /** Company → margin in {@code year} (null when not computable), companies in result order. */
    private static Map<String, Double> margins(ModelResult r, int year) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (CompanyYear y : r.companies()) {
            if (y.fiscalYear() == year) {
                map.put(y.company(), y.adjustedOperatingMargin());
            }
        }
        return map;
    }
}

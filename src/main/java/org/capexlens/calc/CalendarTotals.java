package org.capexlens.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The company rows of a result on calendar years (issue 14, DESIGN §3.1): each fiscal-year figure is spread evenly
 * over its twelve months and a calendar year is the sum of its months. Microsoft's FY2026 (July 2025 – June 2026)
 * gives half of itself to 2025 and half to 2026; a calendar-year company's fiscal year is its calendar year.
 * <p>
 * Every figure summed across companies (ΔD totals, the Burry comparison, the overview's cards) is read here, never
 * from fiscal-year rows. A calendar year only partly covered by a company's rows keeps its partial sum with
 * {@link Row#monthsCovered()} &lt; 12, so that no reader takes a partial year for a whole one. The sum over the
 * companies ({@link #ALL}) covers a month only where every company that has started by then covers it.
 * <p>
 * A money figure unknown in one of the fiscal years that make up a calendar year is unknown ({@code null}) for that
 * calendar year: a sum that silently left a fiscal year out would look low.
 */
public final class CalendarTotals {
    /** The company id of the rows summed over every company. */
    public static final String ALL = "hyperscalers";

    private CalendarTotals() {
    }

    /**
     * One company (or {@link #ALL}) in one calendar year. Money in USD billions; {@code null} = unknown.
     *
     * @param monthsCovered  how many of the year's months the fiscal-year rows cover, 1-12.
     */
    public record Row(String company, int calendarYear, int monthsCovered, Double capex, Double revenue,
            Double operatingIncome, Double netIncome, double depreciationReportedPolicy, double depreciationScenario,
            double deltaDepreciation, double catchUpWriteOff, Double adjustedOperatingIncome,
            Double adjustedNetIncome) {

        /** Whether all twelve months are covered. */
        public boolean complete() {
            return monthsCovered == 12;
        }
    }

    /**
     * The calendar rows of {@code companies}: per company in first-appearance order, its calendar years ascending;
     * then the {@link #ALL} rows.
     *
     * @param companies  fiscal-year rows ({@link ModelResult#companies()}), not {@code null}.
     */
    public static List<Row> of(List<ModelResult.CompanyYear> companies) {
        Objects.requireNonNull(companies, "companies");
        Map<String, List<ModelResult.CompanyYear>> byCompany = new LinkedHashMap<>();
        for (ModelResult.CompanyYear y : companies) {
            byCompany.computeIfAbsent(y.company(), k -> new ArrayList<>()).add(y);
        }
        List<Row> out = new ArrayList<>();
        Map<String, SortedMap<Integer, Row>> perCompany = new LinkedHashMap<>();
        for (Map.Entry<String, List<ModelResult.CompanyYear>> e : byCompany.entrySet()) {
            SortedMap<Integer, Row> rows = company(e.getKey(), e.getValue());
            perCompany.put(e.getKey(), rows);
            out.addAll(rows.values());
        }
        if (!perCompany.isEmpty()) {
            out.addAll(total(perCompany).values());
        }
        return List.copyOf(out);
    }

    /**
     * The {@link #ALL} sum of one figure over the calendar years {@code from..to}, or {@code NaN} when one of those
     * years is not complete (a company's fiscal year missing) or the figure is unknown in one.
     */
    public static double sum(List<Row> calendar, Function<Row, Double> figure, int from, int to) {
        double total = 0;
        for (int y = from; y <= to; y++) {
            Row row = null;
            for (Row r : calendar) {
                if (r.company().equals(ALL) && r.calendarYear() == y) {
                    row = r;
                }
            }
            Double v = row == null || !row.complete() ? null : figure.apply(row);
            if (v == null) {
                return Double.NaN;
            }
            total += v;
        }
        return total;
    }

    /**
     * The {@link #ALL} sum of one figure over the calendar years {@code from..to}, where a year not fully covered
     * still counts its covered months (a dataset that ends early still gives a total): the cross-company ΔD of the
     * Overview card and of the comparison (issue 14, DESIGN §3.1). Unknown figures count as nothing.
     */
    public static double sumCovered(List<Row> calendar, Function<Row, Double> figure, int from, int to) {
        double total = 0;
        for (Row r : calendar) {
            if (r.company().equals(ALL) && r.calendarYear() >= from && r.calendarYear() <= to) {
                Double v = figure.apply(r);
                total += v == null ? 0 : v;
            }
        }
        return total;
    }

    private static SortedMap<Integer, Row> company(String company, List<ModelResult.CompanyYear> years) {
        SortedMap<Integer, Acc> acc = new TreeMap<>();
        for (ModelResult.CompanyYear y : years) {
            for (int cy = y.fiscalYear() - 1; cy <= y.fiscalYear(); cy++) {
                double share = Calendarizer.calendarYearShare(y.fiscalYear(), y.fiscalYearEndMonth(), cy);
                if (share > 0) {
                    acc.computeIfAbsent(cy, k -> new Acc()).add(y, share);
                }
            }
        }
        SortedMap<Integer, Row> rows = new TreeMap<>();
        acc.forEach((cy, a) -> rows.put(cy, a.row(company, cy)));
        return rows;
    }

    private static SortedMap<Integer, Row> total(Map<String, SortedMap<Integer, Row>> perCompany) {
        SortedMap<Integer, Acc> acc = new TreeMap<>();
        for (SortedMap<Integer, Row> rows : perCompany.values()) {
            for (Row r : rows.values()) {
                acc.computeIfAbsent(r.calendarYear(), k -> new Acc()).add(r);
            }
        }
        SortedMap<Integer, Row> out = new TreeMap<>();
        for (Map.Entry<Integer, Acc> e : acc.entrySet()) {
            int y = e.getKey();
            int months = 12;
            for (SortedMap<Integer, Row> rows : perCompany.values()) {
                // A company not yet in the data (its first row later) does not make the sum partial.
                if (y >= rows.firstKey()) {
                    Row r = rows.get(y);
                    months = Math.min(months, r == null ? 0 : r.monthsCovered());
                }
            }
            Row r = e.getValue().row(ALL, y);
            out.put(y, new Row(ALL, y, months, r.capex(), r.revenue(), r.operatingIncome(), r.netIncome(),
                    r.depreciationReportedPolicy(), r.depreciationScenario(), r.deltaDepreciation(),
                    r.catchUpWriteOff(), r.adjustedOperatingIncome(), r.adjustedNetIncome()));
        }
        return out;
    }

    /** Running sums of one calendar year; a {@code null} part makes the sum {@code null}. */
    private static final class Acc {
        private int months;
        private final double[] sums = new double[10];
        private final boolean[] unknown = new boolean[10];

        void add(ModelResult.CompanyYear y, double share) {
            months += (int) Math.round(share * 12);
            Double[] v = {y.capex(), y.revenue(), y.operatingIncome(), y.netIncome(), y.depreciationReportedPolicy(),
                y.depreciationScenario(), y.deltaDepreciation(), y.catchUpWriteOff(), y.adjustedOperatingIncome(),
                y.adjustedNetIncome()};
            add(v, share);
        }

        void add(Row r) {
            months = Math.max(months, r.monthsCovered());
            Double[] v = {r.capex(), r.revenue(), r.operatingIncome(), r.netIncome(), r.depreciationReportedPolicy(),
                r.depreciationScenario(), r.deltaDepreciation(), r.catchUpWriteOff(), r.adjustedOperatingIncome(),
                r.adjustedNetIncome()};
            add(v, 1);
        }

        private void add(Double[] v, double share) {
            for (int i = 0; i < v.length; i++) {
                if (v[i] == null || !Double.isFinite(v[i])) {
                    unknown[i] = true;
                } else {
                    sums[i] += v[i] * share;
                }
            }
        }

        private Double get(int i) {
            return unknown[i] ? null : sums[i];
        }

        Row row(String company, int year) {
            return new Row(company, year, months, get(0), get(1), get(2), get(3), sums[4], sums[5], sums[6], sums[7],
                    get(8), get(9));
        }
    }
}

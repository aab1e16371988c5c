package org.capexlens.calc;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns fiscal-year figures into calendar-year figures (DESIGN §3.1): a fiscal-year figure is spread evenly over its
 * twelve months and a calendar year is the sum of its months. Fiscal year {@code FY} of a company whose year ends in
 * month {@code m} runs from month {@code m + 1} of {@code FY − 1} to month {@code m} of {@code FY}: Microsoft
 * ({@code m = 6}) FY2024 is July 2023 – June 2024, Nvidia ({@code m = 1}, late January) FY2025 is February 2024 –
 * January 2025, a calendar-year company ({@code m = 12}) FY2024 is 2024.
 *
 * <p>A calendar year is <em>complete</em> only when the data cover all twelve of its months; a partial year is kept
 * but flagged, so that a chart never shows a year as silently low because a fiscal year is missing.
 */
public final class Calendarizer {
    private Calendarizer() {
    }

    /**
     * The share of fiscal year {@code fiscalYear} that falls in {@code calendarYear}.
     *
     * @param fiscalYear    the fiscal year (the calendar year in which it ends).
     * @param endMonth      month (1–12) in which the fiscal year ends.
     * @param calendarYear  the calendar year asked about.
     * @return months of the fiscal year in that calendar year, divided by 12: a value in [0, 1].
     * @throws IllegalArgumentException  if {@code endMonth} is not 1–12.
     */
    public static double calendarYearShare(int fiscalYear, int endMonth, int calendarYear) {
        return monthsIn(fiscalYear, endMonth, calendarYear) / 12.0;
    }

    /**
     * Spreads fiscal-year values over calendar years.
     *
     * @param byFiscalYear  values by fiscal year (USD billions or any additive quantity); {@code null} not
     *                      permitted, nor {@code null} values.
     * @param endMonth      month (1–12) in which the fiscal year ends.
     * @return every calendar year touched by the data, with the months covered; never {@code null}.
     */
    public static Calendarised calendarise(Map<Integer, Double> byFiscalYear, int endMonth) {
        checkMonth(endMonth);
        SortedMap<Integer, Double> values = new TreeMap<>();
        SortedMap<Integer, Integer> months = new TreeMap<>();
        for (Map.Entry<Integer, Double> e : new TreeMap<>(byFiscalYear).entrySet()) {
            int fy = e.getKey();
            double value = Objects.requireNonNull(e.getValue(), "value of fiscal year " + fy);
            // A fiscal year touches at most its own calendar year and the one before.
            for (int cy = fy - 1; cy <= fy; cy++) {
                int m = monthsIn(fy, endMonth, cy);
                if (m > 0) {
                    values.merge(cy, value * m / 12.0, Double::sum);
                    months.merge(cy, m, Integer::sum);
                }
            }
        }
        return new Calendarised(values, months);
    }

    /**
     * Sums several calendarised series (e.g. the capex of every hyperscaler). A year of the sum is complete only
     * when every non-empty part is complete in it: otherwise the sum would silently miss a company. Empty parts (a
     * company with no figures at all) take no part.
     *
     * @param parts  the series, {@code null} not permitted.
     * @return the sum; its {@link Calendarised#monthsCovered()} is the smallest coverage over the parts that have
     *         started by that year (a company's years before its first figure do not count against the sum).
     */
    public static Calendarised sum(Collection<Calendarised> parts) {
        SortedMap<Integer, Double> values = new TreeMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (Calendarised p : parts) {
            years.addAll(p.values().keySet());
            p.values().forEach((y, v) -> values.merge(y, v, Double::sum));
        }
        SortedMap<Integer, Integer> months = new TreeMap<>();
        for (int y : years) {
            int min = 12;
            for (Calendarised p : parts) {
                if (p.values().isEmpty()) {
                    continue;
                }
                // Before a part's first covered year the company is simply not in the data yet (CoreWeave's first
                // figures are for 2025): it does not make the sum partial. From then on, any month it does not
                // cover does (Microsoft without fiscal 2026 leaves calendar 2026 incomplete).
                int first = p.monthsCovered().entrySet().stream().filter(e -> e.getValue() > 0)
                        .mapToInt(Map.Entry::getKey).min().orElse(Integer.MAX_VALUE);
                if (y >= first) {
                    min = Math.min(min, p.monthsCovered().getOrDefault(y, 0));
                }
            }
            months.put(y, min);
        }
        return new Calendarised(values, months);
    }

    private static int monthsIn(int fiscalYear, int endMonth, int calendarYear) {
        checkMonth(endMonth);
        if (calendarYear == fiscalYear) {
            return endMonth;
        }
        if (calendarYear == fiscalYear - 1) {
            return 12 - endMonth;
        }
        return 0;
    }

    private static void checkMonth(int endMonth) {
        if (endMonth < 1 || endMonth > 12) {
            throw new IllegalArgumentException("fiscal_year_end_month must be between 1 and 12, was " + endMonth);
        }
    }

    /**
     * Calendar-year values with how many months of each year the data cover.
     *
     * @param values         value per calendar year touched by the data, partial years included; not {@code null}.
     * @param monthsCovered  months (0–12) of each year in {@code values} covered by the data; not {@code null}.
     */
    public record Calendarised(SortedMap<Integer, Double> values, SortedMap<Integer, Integer> monthsCovered) {
        public Calendarised {
            values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
            monthsCovered = Collections.unmodifiableSortedMap(new TreeMap<>(monthsCovered));
            if (!values.keySet().equals(monthsCovered.keySet())) {
                throw new IllegalArgumentException("values and monthsCovered must have the same years, were "
                        + values.keySet() + " and " + monthsCovered.keySet());
            }
        }

        /** A series without any year. */
        public static Calendarised empty() {
            return new Calendarised(new TreeMap<>(), new TreeMap<>());
        }

        /** Whether all twelve months of {@code year} are covered by data. */
        public boolean isComplete(int year) {
            return monthsCovered.getOrDefault(year, 0) == 12;
        }

        /** The complete years, ascending. */
        public SortedSet<Integer> completeYears() {
            SortedSet<Integer> years = new TreeSet<>();
            monthsCovered.forEach((y, m) -> {
                if (m == 12) {
                    years.add(y);
                }
            });
            return Collections.unmodifiableSortedSet(years);
        }

        /** The values of the complete years only. */
        public SortedMap<Integer, Double> completeValues() {
            SortedMap<Integer, Double> map = new TreeMap<>();
            for (int y : completeYears()) {
                map.put(y, values.get(y));
            }
            return Collections.unmodifiableSortedMap(map);
        }

        /** This series with every value multiplied by {@code factor} (coverage unchanged). */
        public Calendarised times(double factor) {
            SortedMap<Integer, Double> scaled = new TreeMap<>();
            values.forEach((y, v) -> scaled.put(y, v * factor));
            return new Calendarised(scaled, monthsCovered);
        }
    }
}

package org.capexlens.calc;
import org.capexlens.scenario.RatioNumerator;
import org.capexlens.scenario.Scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.capexlens.domain.AiRevenueRow;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.ChipRevenueRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.RevenueBasis;
import org.capexlens.domain.Role;
import org.capexlens.domain.Status;

/**
 * The infrastructure-to-application ratio per calendar year (DESIGN §3.3): what is spent on AI infrastructure
 * (Nvidia data-center revenue, hyperscaler capex or its AI share) against what AI applications earn (one revenue
 * basis at a time, never recognised and run-rate revenue mixed).
 */
public final class RatioModel {
    private RatioModel() {
    }

    /**
     * What the two sides of the ratio are, as values: the words for a legend are the presentation layer's
     * ({@code org.capexlens.chart.ModelText#ratioLegend}), so that calc returns data, never user text.
     *
     * @param numerator       the infrastructure series, not {@code null}.
     * @param aiShareOfCapex  the share of capex counted as AI, 0..1; meaningful with
     *                        {@link RatioNumerator#AI_SHARE_OF_CAPEX} only.
     * @param basis           the application revenue basis, not {@code null}.
     * @param entities        whose application revenue is summed; empty for every entity of the basis.
     */
    public record Series(RatioNumerator numerator, double aiShareOfCapex, RevenueBasis basis, List<String> entities) {
        public Series {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(basis, "basis");
            entities = List.copyOf(entities);
        }
    }

    /**
     * The ratio per calendar year. A year is included when its infrastructure figure is complete (all twelve months
     * covered by data, see {@link Calendarizer}) and its application revenue is {@code > 0}; the cumulative ratio
     * sums both sides over the included years up to and including the row's year. Money in USD billions.
     *
     * @param dataset   the data, {@code null} not permitted.
     * @param scenario  chooses numerator, revenue basis and entities; {@code null} not permitted.
     * @return one row per year with complete infrastructure and application revenue {@code > 0}, ascending.
     */
    public static List<ModelResult.RatioRow> compute(Dataset dataset, Scenario scenario) {
        SortedMap<Integer, Double> infra = infrastructure(dataset, scenario).completeValues();
        SortedMap<Integer, Double> apps = applications(dataset, scenario);
        Set<Integer> estimated = estimatedYears(dataset, scenario.ratioNumerator());
        List<ModelResult.RatioRow> rows = new ArrayList<>();
        double sumInfra = 0;
        double sumApps = 0;
        for (Map.Entry<Integer, Double> e : infra.entrySet()) {
            double a = apps.getOrDefault(e.getKey(), 0.0);
            if (!(a > 0)) {
                continue;
            }
            double i = e.getValue();
            sumInfra += i;
            sumApps += a;
            rows.add(new ModelResult.RatioRow(e.getKey(), i, a, i / a, sumInfra / sumApps,
                    estimated.contains(e.getKey())));
        }
        return List.copyOf(rows);
    }

    /**
     * The numerator chosen by {@link Scenario#ratioNumerator()}, calendarised, partial years flagged.
     * <ul>
     * <li>{@link RatioNumerator#NVIDIA_DATA_CENTER}: data-center revenue of every company whose role is chip
     * vendor (rows without a data-center figure are gaps);</li>
     * <li>{@link RatioNumerator#HYPERSCALER_CAPEX}: capex of every hyperscaler, all statuses in the data;</li>
     * <li>{@link RatioNumerator#AI_SHARE_OF_CAPEX}: that times {@link Scenario#aiShareOfCapex()}.</li>
     * </ul>
     * A year of the sum is complete only when every contributing company covers it fully.
     *
     * @param dataset   the data, {@code null} not permitted.
     * @param scenario  the scenario, {@code null} not permitted.
     * @return USD billions per calendar year.
     */
    public static Calendarizer.Calendarised infrastructure(Dataset dataset, Scenario scenario) {
        return infrastructure(dataset, scenario.ratioNumerator(), scenario.aiShareOfCapex());
    }

    /**
     * The infrastructure series for a numerator chosen independently of a scenario (Bain's test always uses
     * hyperscaler capex).
     *
     * @param dataset         the data, {@code null} not permitted.
     * @param numerator       which series, {@code null} not permitted.
     * @param aiShareOfCapex  the share used by {@link RatioNumerator#AI_SHARE_OF_CAPEX}, 0..1; ignored otherwise.
     * @return USD billions per calendar year, partial years flagged.
     */
    public static Calendarizer.Calendarised infrastructure(Dataset dataset, RatioNumerator numerator,
            double aiShareOfCapex) {
        return switch (numerator) {
            case NVIDIA_DATA_CENTER -> chipVendorDataCenter(dataset);
            case HYPERSCALER_CAPEX -> hyperscalerCapex(dataset);
            case AI_SHARE_OF_CAPEX -> hyperscalerCapex(dataset).times(aiShareOfCapex);
        };
    }

    /**
     * The application revenue per calendar year, from the rows of {@link Scenario#aiRevenueBasis()} only and of the
     * entities in {@link Scenario#aiRevenueEntities()} (all entities of that basis when the list is empty; names
     * compared ignoring case and surrounding spaces).
     * <ul>
     * <li>recognised: the sum of the rows whose {@code period_end} falls in the year;</li>
     * <li>run-rate: per entity the latest snapshot whose {@code period_end} falls in the year (a year-end
     * run-rate), summed over the entities; of two snapshots on the same day, the later row in the file.</li>
     * </ul>
     *
     * @param dataset   the data, {@code null} not permitted.
     * @param scenario  the scenario, {@code null} not permitted.
     * @return USD billions per calendar year that has at least one row, ascending; unmodifiable.
     */
    public static SortedMap<Integer, Double> applications(Dataset dataset, Scenario scenario) {
        RevenueBasis basis = scenario.aiRevenueBasis();
        Set<String> wanted = scenario.aiRevenueEntities().stream().map(RatioModel::key)
                .collect(Collectors.toSet());
        SortedMap<Integer, Double> byYear = new TreeMap<>();
        // year -> entity -> latest run-rate row
        Map<Integer, Map<String, AiRevenueRow>> latest = new HashMap<>();
        for (AiRevenueRow r : dataset.aiRevenue()) {
            if (r.basis() != basis || !(wanted.isEmpty() || wanted.contains(key(r.entity())))) {
                continue;
            }
            int year = r.periodEnd().getYear();
            if (basis == RevenueBasis.RECOGNIZED) {
                byYear.merge(year, r.revenueUsdB(), Double::sum);
            } else {
                latest.computeIfAbsent(year, y -> new LinkedHashMap<>()).merge(key(r.entity()), r,
                        (old, neu) -> neu.periodEnd().isBefore(old.periodEnd()) ? old : neu);
            }
        }
        latest.forEach((year, rows) -> byYear.put(year,
                rows.values().stream().mapToDouble(AiRevenueRow::revenueUsdB).sum()));
        return Collections.unmodifiableSortedMap(byYear);
    }

    /**
     * What the numerator and denominator of the ratio are under {@code scenario}, for chart legends
     * (which put it as e.g. "Nvidia data-center revenue ÷ AI run-rate (OpenAI, Anthropic, Cursor (Anysphere))").
     *
     * @param scenario  the scenario, {@code null} not permitted.
     * @return the two sides.
     */
    public static Series describe(Scenario scenario) {
        return new Series(scenario.ratioNumerator(), scenario.aiShareOfCapex(), scenario.aiRevenueBasis(),
                scenario.aiRevenueEntities());
    }

    /**
     * The calendar years the numerator's figures touch through a row that is not {@code reported} (an estimate or
     * guidance): every calendar year a month of that fiscal year falls in (Nvidia's FY2027, February 2026 to January
     * 2027, touches 2026 and 2027). The ratio and the gap mark those years, so that an estimate never reads as a
     * reported figure.
     *
     * @param dataset    the data, {@code null} not permitted.
     * @param numerator  which series, {@code null} not permitted.
     * @return the calendar years, ascending.
     */
    public static SortedSet<Integer> estimatedYears(Dataset dataset, RatioNumerator numerator) {
        SortedSet<Integer> years = new TreeSet<>();
        Role role = numerator == RatioNumerator.NVIDIA_DATA_CENTER ? Role.CHIP_VENDOR : Role.HYPERSCALER;
        for (Company c : dataset.companies()) {
            if (c.role() != role) {
                continue;
            }
            if (role == Role.CHIP_VENDOR) {
                dataset.chipRevenue().stream().filter(r -> r.vendor().equals(c.id())
                        && r.dataCenterRevenueUsdB() != null && r.status() != Status.REPORTED)
                        .forEach(r -> touched(years, r.fiscalYear(), c.fiscalYearEndMonth()));
            } else {
                dataset.capex().stream().filter(r -> r.company().equals(c.id()) && r.status() != Status.REPORTED)
                        .forEach(r -> touched(years, r.fiscalYear(), c.fiscalYearEndMonth()));
            }
        }
        return years;
    }

    private static void touched(Set<Integer> years, int fiscalYear, int endMonth) {
        for (int y = fiscalYear - 1; y <= fiscalYear; y++) {
            if (Calendarizer.calendarYearShare(fiscalYear, endMonth, y) > 0) {
                years.add(y);
            }
        }
    }

    private static Calendarizer.Calendarised chipVendorDataCenter(Dataset dataset) {
        List<Calendarizer.Calendarised> parts = new ArrayList<>();
        for (Company c : dataset.companies()) {
            if (c.role() != Role.CHIP_VENDOR) {
                continue;
            }
            Map<Integer, Double> byFy = new TreeMap<>();
            for (ChipRevenueRow r : dataset.chipRevenue()) {
                if (r.vendor().equals(c.id()) && r.dataCenterRevenueUsdB() != null) {
                    // The importer refuses duplicate vendor-years; should one slip through, the first row wins.
                    byFy.putIfAbsent(r.fiscalYear(), r.dataCenterRevenueUsdB());
                }
            }
            parts.add(Calendarizer.calendarise(byFy, c.fiscalYearEndMonth()));
        }
        return Calendarizer.sum(parts);
    }

    private static Calendarizer.Calendarised hyperscalerCapex(Dataset dataset) {
        List<Calendarizer.Calendarised> parts = new ArrayList<>();
        for (Company c : dataset.companies()) {
            if (c.role() != Role.HYPERSCALER) {
                continue;
            }
            Map<Integer, Double> byFy = new TreeMap<>();
            for (CapexRow r : dataset.capex()) {
                if (r.company().equals(c.id())) {
                    byFy.putIfAbsent(r.fiscalYear(), r.capexUsdB());
                }
            }
            parts.add(Calendarizer.calendarise(byFy, c.fiscalYearEndMonth()));
        }
        return Calendarizer.sum(parts);
    }

    private static String key(String entity) {
        return entity.trim().toLowerCase(Locale.ROOT);
    }
}

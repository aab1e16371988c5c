package org.capexlens.calc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.Role;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

/**
 * The model's depreciation under the reported policy against the depreciation each company filed (DESIGN §3.2
 * "calibration", issue 14): for every hyperscaler and fiscal year with both, the modelled figure (the same vintage
 * engine, capex history and scenario assumptions as {@code depreciation_reported_policy}) and the filed figure of
 * the {@code financials} sheet: the depreciation of property and equipment ({@code depreciation_pe_usd_b}) where
 * the row has it, else the company's D&amp;A line ({@code d_and_a_usd_b}). Which column was compared is the row's
 * {@link Row#filedDefinition()}; which filed line it is travels with the row as the figure's source
 * (data/README.md, "calibration comparator").
 * <p>
 * The policy is always the reported one, whatever the scenario's policy: calibration asks whether the model
 * reproduces what the companies did, not what a scenario supposes. The scenario supplies the short-lived share,
 * long life, lag and convention. Pure functions; no state.
 */
public final class Calibration {

    /** What {@link Row#filedDefinition()} names when a row has no P&amp;E depreciation: the D&amp;A column. */
    public static final String FILED_COLUMN = FinancialsRow.D_AND_A;
    /** What {@link Row#filedDefinition()} names when the row has the narrower P&amp;E depreciation. */
    public static final String FILED_PE_COLUMN = FinancialsRow.DEPRECIATION_PE;

    private Calibration() {
    }

    /**
     * One company-year of the calibration.
     *
     * @param company          company id.
     * @param fiscalYear       the company's fiscal year.
     * @param modelled         modelled depreciation under the reported policy, USD billions.
     * @param filed            the filed figure, USD billions ({@code > 0}).
     * @param filedDefinition  the financials column compared ({@value #FILED_PE_COLUMN} or {@value #FILED_COLUMN}).
     * @param filedSource      the source id of the filed figure (its title and URL say which line it is).
     * @param error            (modelled − filed) / filed.
     */
    public record Row(String company, int fiscalYear, double modelled, double filed, String filedDefinition,
            String filedSource, double error) {
        public Row {
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(filedDefinition, "filedDefinition");
        }
    }

    /**
     * The calibration rows, per hyperscaler in the order of the companies sheet, then by fiscal year; only years
     * that are modelled (from the first capex year) and have a positive filed figure.
     *
     * @param dataset   not {@code null}.
     * @param scenario  supplies share, long life, lag, convention and horizon; its policy is not used.
     */
    public static List<Row> compute(Dataset dataset, Scenario scenario) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(scenario, "scenario");
        Map<String, List<FinancialsRow>> byCompany = new HashMap<>();
        for (FinancialsRow f : dataset.financials()) {
            byCompany.computeIfAbsent(f.company(), k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        for (var c : dataset.companies()) {
            if (c.role() != Role.HYPERSCALER || !byCompany.containsKey(c.id())) {
                continue;
            }
            var dep = DepreciationEngine.depreciate(dataset, scenario, c.id(), DepreciationPolicy.REPORTED);
            if (dep.isEmpty()) {
                continue;
            }
            List<Integer> seen = new ArrayList<>();
            List<Row> own = new ArrayList<>();
            for (FinancialsRow f : byCompany.get(c.id())) {
                String column = f.depreciationPeUsdB() != null && f.depreciationPeUsdB() > 0 ? FILED_PE_COLUMN
                        : FILED_COLUMN;
                Double filed = column.equals(FILED_PE_COLUMN) ? f.depreciationPeUsdB() : f.dAndAUsdB();
                if (filed == null || !(filed > 0) || seen.contains(f.fiscalYear())) {
                    continue;
                }
                var year = dep.get().year(f.fiscalYear());
                if (year.isEmpty()) {
                    continue;
                }
                seen.add(f.fiscalYear());
                double modelled = year.get().total();
                own.add(new Row(c.id(), f.fiscalYear(), modelled, filed, column, f.sourceOf(column),
                        (modelled - filed) / filed));
            }
            own.sort(java.util.Comparator.comparingInt(Row::fiscalYear));
            rows.addAll(own);
        }
        return List.copyOf(rows);
    }

    /**
     * The median |error| of the rows whose fiscal year is in {@code [fromYear, toYear]}, the calibration's summary.
     *
     * @return the median, or empty when no row is in the range.
     */
    public static OptionalDouble medianAbsError(List<Row> rows, int fromYear, int toYear) {
        List<Double> errors = new ArrayList<>();
        for (Row r : rows) {
            if (r.fiscalYear() >= fromYear && r.fiscalYear() <= toYear) {
                errors.add(Math.abs(r.error()));
            }
        }
        if (errors.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(CompanyFigures.median(errors));
    }
}

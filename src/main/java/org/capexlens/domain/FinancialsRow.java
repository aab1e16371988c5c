package org.capexlens.domain;

import java.util.Map;
import java.util.Objects;

/**
 * Income-statement figures of one company in one fiscal year. Every figure is optional ({@code null} when the
 * source has none) because the reference data does not cover every line for every year.
 *
 * @param company              company id, not blank.
 * @param fiscalYear           the fiscal year.
 * @param revenueUsdB          revenue, USD billions, {@code >= 0} or {@code null}.
 * @param operatingIncomeUsdB  operating income, USD billions (may be negative) or {@code null}.
 * @param netIncomeUsdB        net income, USD billions (may be negative) or {@code null}.
 * @param dAndAUsdB            depreciation and amortisation as the company defines it, USD billions, or {@code null}.
 * @param taxRate              effective tax rate as a fraction (0.18 = 18 %), or {@code null}.
 * @param status               how firm the figures are, not {@code null}.
 * @param source               source id of the row's figures; empty when none was given.
 * @param figureSources        per-figure source ids where a figure comes from another source than the row's
 *                             (keys are the column names {@link #REVENUE}, {@link #OPERATING_INCOME},
 *                             {@link #NET_INCOME}, {@link #D_AND_A}, {@link #TAX_RATE},
 *                             {@link #DEPRECIATION_PE}); never {@code null}.
 * @param depreciationPeUsdB   depreciation of property and equipment (incl. assets under finance leases where the
 *                             company reports it so) from the P&amp;E or leases note, USD billions, or {@code null}:
 *                             the narrower line the calibration compares with where a company's D&amp;A line also
 *                             holds amortisation of intangibles, content or operating-lease assets (issue 14).
 */
public record FinancialsRow(String company, int fiscalYear, Double revenueUsdB, Double operatingIncomeUsdB,
        Double netIncomeUsdB, Double dAndAUsdB, Double taxRate, Status status, String source,
        Map<String, String> figureSources, Double depreciationPeUsdB) {
    public static final String REVENUE = "revenue_usd_b";
    public static final String OPERATING_INCOME = "operating_income_usd_b";
    public static final String NET_INCOME = "net_income_usd_b";
    public static final String D_AND_A = "d_and_a_usd_b";
    public static final String TAX_RATE = "tax_rate";
    public static final String DEPRECIATION_PE = "depreciation_pe_usd_b";
    /** Every figure column, in sheet order. */
    public static final java.util.List<String> FIGURES = java.util.List.of(REVENUE, OPERATING_INCOME, NET_INCOME,
            D_AND_A, TAX_RATE, DEPRECIATION_PE);

    /** A row without the optional P&amp;E depreciation. */
    public FinancialsRow(String company, int fiscalYear, Double revenueUsdB, Double operatingIncomeUsdB,
            Double netIncomeUsdB, Double dAndAUsdB, Double taxRate, Status status, String source,
            Map<String, String> figureSources) {
        this(company, fiscalYear, revenueUsdB, operatingIncomeUsdB, netIncomeUsdB, dAndAUsdB, taxRate, status,
                source, figureSources, null);
    }

    /** A row whose figures all come from {@code source}. */
    public FinancialsRow(String company, int fiscalYear, Double revenueUsdB, Double operatingIncomeUsdB,
            Double netIncomeUsdB, Double dAndAUsdB, Double taxRate, Status status, String source) {
        this(company, fiscalYear, revenueUsdB, operatingIncomeUsdB, netIncomeUsdB, dAndAUsdB, taxRate, status,
                source, Map.of(), null);
    }

    public FinancialsRow {
        Checks.notBlank(company, "company");
        Checks.fiscalYear(fiscalYear);
        Checks.finiteOrNull(revenueUsdB, "revenue_usd_b");
        if (revenueUsdB != null && revenueUsdB < 0) {
            throw new IllegalArgumentException("revenue_usd_b must be >= 0, was " + revenueUsdB);
        }
        Checks.finiteOrNull(operatingIncomeUsdB, "operating_income_usd_b");
        Checks.finiteOrNull(netIncomeUsdB, "net_income_usd_b");
        Checks.finiteOrNull(dAndAUsdB, "d_and_a_usd_b");
        if (dAndAUsdB != null && dAndAUsdB < 0) {
            throw new IllegalArgumentException("d_and_a_usd_b must be >= 0, was " + dAndAUsdB);
        }
        Checks.finiteOrNull(depreciationPeUsdB, DEPRECIATION_PE);
        if (depreciationPeUsdB != null && depreciationPeUsdB < 0) {
            throw new IllegalArgumentException("depreciation_pe_usd_b must be >= 0, was " + depreciationPeUsdB);
        }
        Checks.finiteOrNull(taxRate, "tax_rate");
        if (taxRate != null && (taxRate < -1 || taxRate > 1)) {
            throw new IllegalArgumentException("tax_rate must be a fraction between -1 and 1, was " + taxRate);
        }
        Objects.requireNonNull(status, "status");
        source = Checks.nullToEmpty(source);
        Objects.requireNonNull(figureSources, "figureSources");
        for (var e : figureSources.entrySet()) {
            if (!FIGURES.contains(e.getKey())) {
                throw new IllegalArgumentException("figureSources key must be a figure column, was " + e.getKey());
            }
            Checks.notBlank(e.getValue(), "figure source");
        }
        figureSources = Map.copyOf(figureSources);
    }

    /**
     * The source id of one figure.
     *
     * @param column  one of {@link #FIGURES}.
     * @return the figure's own source when it has one, else the row's {@link #source()}.
     */
    public String sourceOf(String column) {
        return figureSources.getOrDefault(column, source);
    }
}

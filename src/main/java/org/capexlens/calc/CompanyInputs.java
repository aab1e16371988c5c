package org.capexlens.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.FinancialsRow;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;

/**
 * One company's data laid out by fiscal year for the model, with capex completed to the horizon (DESIGN §3.2):
 * <ul>
 * <li>every capex row is used as given, whatever its status (guidance and estimates included);</li>
 * <li>a year without capex between two years with capex is filled by linear interpolation (a missing year would
 * otherwise look like a year without investment and distort depreciation for a whole life);</li>
 * <li>after the last capex year, capex grows at the scenario's capex growth up to the horizon;</li>
 * <li>the fleet that depreciates is capex plus the P&amp;E acquired under finance leases where a row gives them
 * (a company whose cash capex leaves them out), completed the same way.</li>
 * </ul>
 * The horizon is the later of the scenario's projection end year and the last capex year, so data is never cut off.
 * Financial figures are kept as in the data ({@code NaN} = not reported); they are projected later, because that
 * projection depends on the modelled depreciation (see {@link CompanyFigures}). Arrays are never modified after
 * construction. If a company-year appears twice, the first row in file order is used.
 */
final class CompanyInputs {
    final Company company;
    final int firstYear;
    final int lastYear;
    final double[] capex;
    /**
     * What enters the depreciating fleet each year: capex plus the additions of property and equipment under
     * finance leases where the capex row gives them ({@code finance_lease_usd_b}, issue 14), gaps and projection as
     * for capex. Equal to {@link #capex} for a company without finance-lease figures.
     */
    final double[] fleet;
    /** Status of the capex row, or {@code null} where capex was filled or projected. */
    final Status[] capexStatus;
    final double[] revenue;
    final double[] operatingIncome;
    final double[] netIncome;
    final double[] taxRate;
    /** Status of the financials row, or {@code null} where there is none. */
    final Status[] financialsStatus;
    /** The server life history (see {@link DepreciationEngine#serverLifeHistory}). */
    final List<UsefulLifeChange> lifeHistory;
    final List<Integer> filledYears;

    private CompanyInputs(Company company, int firstYear, int lastYear, double[] capex, double[] fleet,
            Status[] capexStatus,
            double[] revenue, double[] operatingIncome, double[] netIncome, double[] taxRate,
            Status[] financialsStatus, List<UsefulLifeChange> lifeHistory, List<Integer> filledYears) {
        this.company = company;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.capex = capex;
        this.fleet = fleet;
        this.capexStatus = capexStatus;
        this.revenue = revenue;
        this.operatingIncome = operatingIncome;
        this.netIncome = netIncome;
        this.taxRate = taxRate;
        this.financialsStatus = financialsStatus;
        this.lifeHistory = lifeHistory;
        this.filledYears = filledYears;
    }

    int years() {
        return capex.length;
    }

    String id() {
        return company.id();
    }

    /** A dataset's rows grouped by company, in file order, so that building many companies stays linear. */
    static final class Rows {
        final Dataset dataset;
        final Map<String, List<CapexRow>> capex;
        final Map<String, List<FinancialsRow>> financials;
        final Map<String, List<UsefulLifeChange>> lives;

        Rows(Dataset dataset) {
            this.dataset = dataset;
            capex = group(dataset.capex(), CapexRow::company);
            financials = group(dataset.financials(), FinancialsRow::company);
            lives = group(dataset.usefulLives(), UsefulLifeChange::company);
        }

        private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
            Map<String, List<T>> map = new HashMap<>();
            for (T r : rows) {
                map.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
            }
            return map;
        }
    }

    /** The inputs of every company of the dataset that has capex, in the order of the companies sheet. */
    static List<CompanyInputs> all(Dataset dataset, int projectionEndYear, double capexGrowth) {
        return all(new Rows(dataset), projectionEndYear, capexGrowth);
    }

    /** The inputs of every company that has capex, in the order of the companies sheet. */
    static List<CompanyInputs> all(Rows rows, int projectionEndYear, double capexGrowth) {
        List<CompanyInputs> list = new ArrayList<>();
        for (Company c : rows.dataset.companies()) {
            build(c, rows.capex.getOrDefault(c.id(), List.of()), rows.financials.getOrDefault(c.id(), List.of()),
                    rows.lives.getOrDefault(c.id(), List.of()), projectionEndYear, capexGrowth).ifPresent(list::add);
        }
        return List.copyOf(list);
    }

    /** The inputs of {@code company}, or empty when it has no capex rows. */
    static Optional<CompanyInputs> of(Dataset dataset, Company company, int projectionEndYear, double capexGrowth) {
        String id = company.id();
        return build(company, dataset.capex().stream().filter(r -> r.company().equals(id)).toList(),
                dataset.financials().stream().filter(r -> r.company().equals(id)).toList(),
                dataset.usefulLives().stream().filter(r -> r.company().equals(id)).toList(), projectionEndYear,
                capexGrowth);
    }

    /** Builds from the company's own rows (file order). */
    private static Optional<CompanyInputs> build(Company company, List<CapexRow> capexRows,
            List<FinancialsRow> financialsRows, List<UsefulLifeChange> lifeRows, int projectionEndYear,
            double capexGrowth) {
        int first = Integer.MAX_VALUE;
        int lastData = Integer.MIN_VALUE;
        for (CapexRow r : capexRows) {
            first = Math.min(first, r.fiscalYear());
            lastData = Math.max(lastData, r.fiscalYear());
        }
        if (first == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        int last = Math.max(projectionEndYear, lastData);
        int n = last - first + 1;
        double[] capex = new double[n];
        double[] fleet = new double[n];
        Status[] capexStatus = new Status[n];
        boolean[] known = new boolean[n];
        for (CapexRow r : capexRows) {
            int i = r.fiscalYear() - first;
            if (!known[i]) {
                capex[i] = r.capexUsdB();
                fleet[i] = r.capexUsdB() + (r.financeLeaseUsdB() == null ? 0 : r.financeLeaseUsdB());
                capexStatus[i] = r.status();
                known[i] = true;
            }
        }
        List<Integer> filled = complete(capex, known, lastData - first, capexGrowth, first);
        complete(fleet, known, lastData - first, capexGrowth, first);

        double[] revenue = nans(n);
        double[] oi = nans(n);
        double[] ni = nans(n);
        double[] tax = nans(n);
        Status[] finStatus = new Status[n];
        for (FinancialsRow r : financialsRows) {
            int i = r.fiscalYear() - first;
            if (i < 0 || i >= n || finStatus[i] != null) {
                continue;
            }
            finStatus[i] = r.status();
            revenue[i] = orNaN(r.revenueUsdB());
            oi[i] = orNaN(r.operatingIncomeUsdB());
            ni[i] = orNaN(r.netIncomeUsdB());
            tax[i] = orNaN(r.taxRate());
        }
        return Optional.of(new CompanyInputs(company, first, last, capex, fleet, capexStatus, revenue, oi, ni, tax,
                finStatus, DepreciationEngine.serverLifeHistory(lifeRows), List.copyOf(filled)));
    }

    /**
     * Fills the gaps between known years of {@code a} by linear interpolation and projects it after the last known
     * index at {@code growth}; returns the filled fiscal years.
     */
    private static List<Integer> complete(double[] a, boolean[] known, int lastKnownIndex, double growth, int first) {
        List<Integer> filled = new ArrayList<>();
        int lastKnown = 0;
        for (int i = 1; i <= lastKnownIndex; i++) {
            if (known[i]) {
                for (int g = lastKnown + 1; g < i; g++) {
                    a[g] = a[lastKnown] + (a[i] - a[lastKnown]) * (g - lastKnown) / (i - lastKnown);
                    filled.add(first + g);
                }
                lastKnown = i;
            }
        }
        for (int i = lastKnownIndex + 1; i < a.length; i++) {
            a[i] = a[i - 1] * (1 + growth);
        }
        return filled;
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }
}

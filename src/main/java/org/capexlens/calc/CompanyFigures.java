package org.capexlens.calc;

import java.util.ArrayList;
import java.util.List;
import org.capexlens.domain.Status;

/**
 * One company's income-statement figures for one model variant, completed beyond the data (DESIGN §3.2), with the
 * modelled depreciation under the reported policy and the scenario policy. {@code NaN} = not computable.
 * <p>
 * Projection, figure by figure, for the fiscal years after the last year that has the figure (issue 14: from
 * normalised levels, never from one year's one-offs):
 * <ul>
 * <li>revenue grows at the revenue growth from its last reported value;</li>
 * <li>operating income = revenue × normalised pre-depreciation margin − modelled reported-policy depreciation. The
 * normalised margin is the median of {@code (OI + D_reported_model) / revenue} over the last
 * {@value #NORMAL_YEARS} years with both OI and a positive revenue (fewer if the data have fewer); using the
 * modelled, not the reported, D&amp;A keeps the projection consistent with the model's ΔD;</li>
 * <li>net income = projected operating income × (1 − normalised tax rate): below-the-line items (interest,
 * investment gains and losses, other one-offs) are taken as zero beyond the data. The normalised tax rate is the
 * median of the last {@value #NORMAL_YEARS} reported tax rates, clamped to [0, 1], else the scenario's default.
 * Alphabet's 2025 NI/OI of 1.024 (investment gains) and Meta's 0.726 (a one-off tax charge) no longer carry
 * forward.</li>
 * </ul>
 * Gaps between reported years are not filled. Tax rate: the year's, else the latest earlier one, else the scenario's
 * default; in years with projected net income, the normalised rate.
 */
final class CompanyFigures {
    /** How many of the last reported years the normalised margin and tax rate are the median of. */
    static final int NORMAL_YEARS = 3;

    final CompanyInputs in;
    final double[] revenue;
    final double[] operatingIncome;
    final double[] netIncome;
    final double[] taxRate;
    final double[] depreciationReported;
    final double[] depreciationScenario;
    /** Whether any financial figure of the year was projected. */
    final boolean[] projected;

    private CompanyFigures(CompanyInputs in, double[] revenue, double[] operatingIncome, double[] netIncome,
            double[] taxRate, double[] depreciationReported, double[] depreciationScenario, boolean[] projected) {
        this.in = in;
        this.revenue = revenue;
        this.operatingIncome = operatingIncome;
        this.netIncome = netIncome;
        this.taxRate = taxRate;
        this.depreciationReported = depreciationReported;
        this.depreciationScenario = depreciationScenario;
        this.projected = projected;
    }

    static CompanyFigures of(CompanyInputs in, double[] dRep, double[] dScen, double revenueGrowth,
            double defaultTaxRate) {
        int n = in.years();
        double[] rev = in.revenue.clone();
        double[] oi = in.operatingIncome.clone();
        double[] ni = in.netIncome.clone();
        boolean[] projected = new boolean[n];

        int lastRev = lastKnown(in.revenue);
        if (lastRev >= 0) {
            for (int j = lastRev + 1; j < n; j++) {
                rev[j] = rev[j - 1] * (1 + revenueGrowth);
                projected[j] = true;
            }
        }
        List<Double> margins = new ArrayList<>();
        for (int j = n - 1; j >= 0 && margins.size() < NORMAL_YEARS; j--) {
            if (known(in.operatingIncome[j]) && known(in.revenue[j]) && in.revenue[j] > 0) {
                margins.add((in.operatingIncome[j] + dRep[j]) / in.revenue[j]);
            }
        }
        if (!margins.isEmpty()) {
            double margin = median(margins);
            for (int j = lastKnown(in.operatingIncome) + 1; j < n; j++) {
                if (known(rev[j])) {
                    oi[j] = rev[j] * margin - dRep[j];
                    projected[j] = true;
                }
            }
        }
        double normalTax = normalisedTaxRate(in.taxRate, defaultTaxRate);
        int lastNi = lastKnown(in.netIncome);
        if (lastNi >= 0) {
            for (int j = lastNi + 1; j < n; j++) {
                if (known(oi[j])) {
                    ni[j] = oi[j] * (1 - normalTax);
                    projected[j] = true;
                }
            }
        }
        double[] tax = new double[n];
        double last = defaultTaxRate;
        for (int j = 0; j < n; j++) {
            if (known(in.taxRate[j])) {
                last = in.taxRate[j];
            }
            tax[j] = lastNi >= 0 && j > lastNi ? normalTax : last;
        }
        return new CompanyFigures(in, rev, oi, ni, tax, dRep, dScen, projected);
    }

    double deltaDepreciation(int j) {
        return depreciationScenario[j] - depreciationReported[j];
    }

    /** Operating income − ΔD, or {@code NaN}. */
    double adjustedOperatingIncome(int j) {
        return operatingIncome[j] - deltaDepreciation(j);
    }

    /** Adjusted operating income / revenue, or {@code NaN} without a positive revenue. */
    double adjustedOperatingMargin(int j) {
        return revenue[j] > 0 ? adjustedOperatingIncome(j) / revenue[j] : Double.NaN;
    }

    /** Net income − ΔD·(1 − tax), or {@code NaN}. */
    double adjustedNetIncome(int j) {
        return netIncome[j] - deltaDepreciation(j) * (1 - taxRate[j]);
    }

    /** NI / adjusted NI − 1, or {@code NaN} unless {@link Overstatement#of} says it is shown at {@code minShare}. */
    double earningsOverstatement(int j, double minShare) {
        double adj = adjustedNetIncome(j);
        return overstatementStatus(j, minShare) == Overstatement.SHOWN ? netIncome[j] / adj - 1 : Double.NaN;
    }

    /** Whether the year's overstatement is a percentage under the threshold {@code minShare} (issue 14). */
    Overstatement overstatementStatus(int j, double minShare) {
        return Overstatement.of(netIncome[j], adjustedNetIncome(j), minShare);
    }

    /** Issue 14: ΔD·(1 − tax) / NI, the after-tax understated depreciation as a share of NI; {@code NaN} unless NI > 0. */
    double understatedDepreciationShare(int j) {
        return netIncome[j] > 0 ? deltaDepreciation(j) * (1 - taxRate[j]) / netIncome[j] : Double.NaN;
    }

    /** The weakest status among the year's capex and financials (REPORTED < GUIDANCE < ESTIMATE < SCENARIO). */
    Status status(int j) {
        Status s = in.capexStatus[j] == null ? Status.SCENARIO : in.capexStatus[j];
        if (in.financialsStatus[j] != null && in.financialsStatus[j].compareTo(s) > 0) {
            s = in.financialsStatus[j];
        }
        return projected[j] ? Status.SCENARIO : s;
    }

    static boolean known(double v) {
        return !Double.isNaN(v);
    }

    private static int lastKnown(double[] a) {
        for (int j = a.length - 1; j >= 0; j--) {
            if (known(a[j])) {
                return j;
            }
        }
        return -1;
    }

    /** The median of the last {@link #NORMAL_YEARS} known rates, clamped to [0, 1]; {@code fallback} without any. */
    static double normalisedTaxRate(double[] rates, double fallback) {
        List<Double> last = new ArrayList<>();
        for (int j = rates.length - 1; j >= 0 && last.size() < NORMAL_YEARS; j--) {
            if (known(rates[j])) {
                last.add(rates[j]);
            }
        }
        return last.isEmpty() ? fallback : Math.max(0, Math.min(1, median(last)));
    }

    /** The median (the mean of the two middle values of an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

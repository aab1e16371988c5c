package org.capexlens.calc;

import org.capexlens.domain.Status;

/**
 * One company's income-statement figures for one model variant, completed beyond the data (DESIGN §3.2), with the
 * modelled depreciation under the reported policy and the scenario policy. {@code NaN} = not computable.
 * <p>
 * Projection, figure by figure, for the fiscal years after the last year that has the figure:
 * <ul>
 * <li>revenue grows at the revenue growth from its last reported value;</li>
 * <li>operating income = revenue × pre-depreciation margin − modelled reported-policy depreciation, where the
 * pre-depreciation margin is {@code (OI + D_reported_model) / revenue} of the last year with both OI and revenue
 * (using the modelled, not the reported, D&amp;A keeps the projection consistent with the model's ΔD);</li>
 * <li>net income = operating income × NI / OI of the last year with both (OI ≠ 0), i.e. below-the-line items and
 * tax keep their last proportion.</li>
 * </ul>
 * Gaps between reported years are not filled. Tax rate: the year's, else the latest earlier one, else the scenario's
 * default.
 */
final class CompanyFigures {
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
        int anchor = -1;
        for (int j = n - 1; j >= 0 && anchor < 0; j--) {
            if (known(in.operatingIncome[j]) && known(in.revenue[j]) && in.revenue[j] > 0) {
                anchor = j;
            }
        }
        if (anchor >= 0) {
            double margin = (in.operatingIncome[anchor] + dRep[anchor]) / in.revenue[anchor];
            for (int j = lastKnown(in.operatingIncome) + 1; j < n; j++) {
                if (known(rev[j])) {
                    oi[j] = rev[j] * margin - dRep[j];
                    projected[j] = true;
                }
            }
        }
        int niAnchor = -1;
        for (int j = n - 1; j >= 0 && niAnchor < 0; j--) {
            if (known(in.netIncome[j]) && known(in.operatingIncome[j]) && in.operatingIncome[j] != 0) {
                niAnchor = j;
            }
        }
        if (niAnchor >= 0) {
            double ratio = in.netIncome[niAnchor] / in.operatingIncome[niAnchor];
            for (int j = lastKnown(in.netIncome) + 1; j < n; j++) {
                if (known(oi[j])) {
                    ni[j] = oi[j] * ratio;
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
            tax[j] = last;
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

    /** NI / adjusted NI − 1, or {@code NaN} unless {@link Overstatement#of} says it is shown. */
    double earningsOverstatement(int j) {
        double adj = adjustedNetIncome(j);
        return Overstatement.of(netIncome[j], adj) == Overstatement.SHOWN ? netIncome[j] / adj - 1 : Double.NaN;
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
}

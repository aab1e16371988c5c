package org.capexlens.calc;

/**
 * When an earnings overstatement (NI / adjusted NI − 1, DESIGN §3.3) is a percentage and when it is a status: the
 * ratio explodes as adjusted net income approaches zero (Oracle under 2–3 years: 653 % in 2027) and flips sign
 * beyond it, so it is shown only while adjusted net income is at least a set share of net income (the scenario's
 * {@code overstatement_min_adjusted_share}, default {@link #MIN_ADJUSTED_SHARE}: then it lies in (−100 %, +400 %]);
 * otherwise the year carries a status instead of a number. Beside it the bounded companion
 * {@link ModelResult.CompanyYear#understatedDepreciationShare()} = ΔD·(1 − tax) / NI always has a value while net
 * income is positive.
 */
public enum Overstatement {
    /** A percentage is shown. */
    SHOWN(null),
    /** Adjusted net income is zero or negative: the scenario turns the profit into a loss. */
    ADJUSTED_LOSS("adjusted_loss"),
    /** Net income is zero or negative, or adjusted net income is positive but below the set share of it. */
    NOT_MEANINGFUL("not_meaningful"),
    /** Net income is not known for the year. */
    UNKNOWN(null);

    /** The smallest adjusted net income, as a share of net income, for which the overstatement is a percentage. */
    public static final double MIN_ADJUSTED_SHARE = 0.2;

    private final String code;

    Overstatement(String code) {
        this.code = code;
    }

    /** The JSON/CSV code ({@code adjusted_loss}, {@code not_meaningful}), or {@code null} for a number or none. */
    public String code() {
        return code;
    }

    /**
     * The status of a year's overstatement.
     *
     * @param netIncome          USD billions, {@code NaN} when unknown.
     * @param adjustedNetIncome  USD billions, {@code NaN} when unknown.
     */
    public static Overstatement of(double netIncome, double adjustedNetIncome) {
        return of(netIncome, adjustedNetIncome, MIN_ADJUSTED_SHARE);
    }

    /**
     * The status of a year's overstatement under a threshold set by the scenario (issue 14).
     *
     * @param netIncome          USD billions, {@code NaN} when unknown.
     * @param adjustedNetIncome  USD billions, {@code NaN} when unknown.
     * @param minAdjustedShare   the smallest adjusted NI, as a share of NI, shown as a percentage (the scenario's
     *                           {@code overstatement_min_adjusted_share}, default {@link #MIN_ADJUSTED_SHARE}).
     */
    public static Overstatement of(double netIncome, double adjustedNetIncome, double minAdjustedShare) {
        if (Double.isNaN(netIncome) || Double.isNaN(adjustedNetIncome)) {
            return UNKNOWN;
        }
        if (adjustedNetIncome <= 0) {
            return netIncome > 0 ? ADJUSTED_LOSS : NOT_MEANINGFUL;
        }
        if (netIncome <= 0 || adjustedNetIncome < minAdjustedShare * netIncome) {
            return NOT_MEANINGFUL;
        }
        return SHOWN;
    }

    /** {@link #of(double, double)} from boxed values ({@code null} = unknown). */
    public static Overstatement of(Double netIncome, Double adjustedNetIncome) {
        return of(netIncome == null ? Double.NaN : netIncome, adjustedNetIncome == null ? Double.NaN
                : adjustedNetIncome);
    }
}

package org.capexlens.calc;

import java.util.Objects;

/**
 * Something the model had to assume or leave out, shown to the user next to the results (never an error: the model
 * always computes what it can). A value, not text: the sentence a user reads is the presentation layer's
 * ({@code org.capexlens.chart.ModelText#notice}).
 *
 * @param kind     what happened, not {@code null}.
 * @param company  the company concerned, not {@code null}.
 * @param detail   the year, period, life or asset class the notice is about; never {@code null}.
 */
public record ModelNotice(Kind kind, String company, String detail) {

    public ModelNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(company, "company");
        detail = detail == null ? "" : detail;
    }

    /** What the model assumed or skipped. */
    public enum Kind {
        /** The company has no useful-life history: the fallback life ({@code detail}, years) is assumed. */
        NO_LIFE_HISTORY,
        /** A year without capex between two years with capex was filled by linear interpolation. */
        CAPEX_GAP_FILLED,
        /** Back-test: the change is the first entry of the history, so there is no previous life to compare. */
        BACKTEST_NO_PREVIOUS_LIFE,
        /** Back-test: the effect period (e.g. {@code FY2023}, {@code Q1 2022}, {@code H1 2021}) was not understood. */
        BACKTEST_PERIOD_NOT_UNDERSTOOD,
        /** Back-test: the effect period lies outside the modelled fiscal years. */
        BACKTEST_OUTSIDE_MODELLED_YEARS,
        /** Back-test: the disclosed effect is zero, so no relative error exists. */
        BACKTEST_ZERO_DISCLOSED,
        /** Back-test: the row is not part of the modelled (server) life history of its company. */
        BACKTEST_NOT_MODELLED_CLASS,
        /** Back-test: the company has no capex (or is not in the companies sheet), so nothing can be modelled. */
        BACKTEST_NO_CAPEX
    }
}

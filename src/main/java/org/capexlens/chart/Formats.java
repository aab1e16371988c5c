package org.capexlens.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formats for axes, labels and tooltips: money in {@code $B} with the user's locale separators. */
public final class Formats {
    private Formats() {
    }

    /** {@code $1,234.5B} (separators of {@code locale}); one decimal. */
    public static NumberFormat moneyB(Locale locale) {
        DecimalFormat f = new DecimalFormat("$#,##0.#B;-$#,##0.#B", DecimalFormatSymbols.getInstance(locale));
        return f;
    }

    /** {@code $1,234B} for axis ticks (no decimals). */
    public static NumberFormat moneyAxis(Locale locale) {
        return new DecimalFormat("$#,##0.##B;-$#,##0.##B", DecimalFormatSymbols.getInstance(locale));
    }

    /** {@code 12.3%} for fractions. */
    public static NumberFormat percent(Locale locale) {
        DecimalFormat f = new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(locale));
        return f;
    }

    /** {@code 12.3×} for ratios. */
    public static NumberFormat times(Locale locale) {
        return new DecimalFormat("0.0\u00D7", DecimalFormatSymbols.getInstance(locale));
    }

    /** {@code 5.5 y} for useful lives. */
    public static NumberFormat years(Locale locale) {
        return new DecimalFormat("0.# 'y'", DecimalFormatSymbols.getInstance(locale));
    }

    /** Formats money or returns an em dash for {@code null}. */
    public static String money(Double v, Locale locale) {
        return v == null ? "\u2014" : moneyB(locale).format(v);
    }

    /** Formats a fraction as percent or returns an em dash for {@code null}. */
    public static String pct(Double v, Locale locale) {
        return v == null ? "\u2014" : percent(locale).format(v);
    }
}

package org.capexlens.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formats for axes, labels and tooltips: money in {@code $B} with the user's locale separators. */
public final class Formats {
    private Formats() {
    }

    /** {@code $1,234.5B} (separators of {@code locale}); one decimal. */
    public static NumberFormat moneyB(Locale locale) {
        return new NoNegativeZero("$#,##0.#B;-$#,##0.#B", locale);
    }

    /** {@code $1,234B} for axis ticks (no decimals). */
    public static NumberFormat moneyAxis(Locale locale) {
        return new NoNegativeZero("$#,##0.##B;-$#,##0.##B", locale);
    }

    /** {@code 12.3%} for fractions. */
    public static NumberFormat percent(Locale locale) {
        return new NoNegativeZero("0.0%", locale);
    }

    /** {@code 12.3×} for ratios. */
    public static NumberFormat times(Locale locale) {
        return new NoNegativeZero("0.0\u00D7", locale);
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

    /**
     * A decimal format that writes a value rounding to zero without its minus sign: a model effect of −0.004 is
     * "$0B", not "-$0B" (DecimalFormat keeps the sign of a negative value that rounds to zero).
     */
    private static final class NoNegativeZero extends DecimalFormat {
        private static final long serialVersionUID = 1L;

        NoNegativeZero(String pattern, Locale locale) {
            super(pattern, DecimalFormatSymbols.getInstance(locale));
        }

        @Override
        public StringBuffer format(double number, StringBuffer result, FieldPosition field) {
            double scaled = Math.abs(number) * getMultiplier() * Math.pow(10, getMaximumFractionDigits());
            return super.format(scaled <= 0.5 ? 0.0 : number, result, field);
        }
    }
}

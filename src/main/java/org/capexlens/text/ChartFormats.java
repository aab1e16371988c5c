package org.capexlens.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Number formats for chart axes, item labels and tooltips: money in {@code $B} with the user's locale separators.
 * They are {@link NumberFormat}s because JFreeChart's axes and label generators take one. The charts' style of
 * CapexLens' formatter family: compact (at most the decimals a value needs) and with a hyphen-minus; how it differs
 * from the panels' style is set out in {@link FigureFormat}. Every format here writes a value that rounds to zero
 * without its minus sign.
 */
public final class ChartFormats {
    private ChartFormats() {
    }

    /** {@code $1,234.5B} (separators of {@code locale}); at most one decimal. */
    public static NumberFormat moneyB(Locale locale) {
        return new NoNegativeZero("$#,##0.#B;-$#,##0.#B", locale);
    }

    /** {@code $1,234B} for axis ticks: as many decimals as the tick needs, at most two. */
    public static NumberFormat moneyAxis(Locale locale) {
        return new NoNegativeZero("$#,##0.##B;-$#,##0.##B", locale);
    }

    /** {@code 12.3%} for fractions. */
    public static NumberFormat percent(Locale locale) {
        return new NoNegativeZero("0.0%", locale);
    }

    /** {@code 12%} for fractions on an axis: whole percent. */
    public static NumberFormat percentAxis(Locale locale) {
        return new DecimalFormat("0%", DecimalFormatSymbols.getInstance(locale));
    }

    /** {@code 12.3×} for ratios. */
    public static NumberFormat times(Locale locale) {
        return new NoNegativeZero("0.0\u00D7", locale);
    }

    /** {@code 5.5 y} for useful lives. */
    public static NumberFormat years(Locale locale) {
        return new DecimalFormat("0.# 'y'", DecimalFormatSymbols.getInstance(locale));
    }

    /** {@code 2.25} for a grid setting: at most two decimals, no grouping. */
    public static NumberFormat setting(Locale locale) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
    }

    /** Formats money or returns {@link FigureFormat#unknown()} for {@code null}. */
    public static String money(Double v, Locale locale) {
        return v == null ? FigureFormat.unknown() : moneyB(locale).format(v);
    }

    /** Formats a fraction as percent or returns {@link FigureFormat#unknown()} for {@code null}. */
    public static String pct(Double v, Locale locale) {
        return v == null ? FigureFormat.unknown() : percent(locale).format(v);
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

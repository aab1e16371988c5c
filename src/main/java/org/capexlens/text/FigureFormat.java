package org.capexlens.text;

import java.util.Locale;
import java.util.Objects;

/**
 * How panels and tables write figures (the dashboard's cards and tables, the assumptions panel): money as
 * {@code $176.4B}, margins as {@code 37.4%}, margin changes in percentage points as {@code −4.6 pp}, ratios as
 * {@code 8.1×}. Unknown values ({@code null}, NaN, infinite) are {@link #unknown()}. Numbers use the given locale's
 * decimal and grouping separators.
 *
 * <p>One of the two styles of CapexLens' formatter family; the other, {@link ChartFormats}, writes chart axes,
 * item labels and tooltips. Where they differ, each keeps what its readers have always seen:
 * <table>
 * <caption>The two styles</caption>
 * <tr><th></th><th>FigureFormat (panels)</th><th>ChartFormats (charts)</th></tr>
 * <tr><td>money</td><td>fixed decimals: two below $10B, else one ({@code $2.00B})</td>
 *     <td>at most one decimal ({@code $2B}, {@code $2.5B})</td></tr>
 * <tr><td>minus sign</td><td>a real minus, U+2212 ({@code −$1.2B})</td><td>a hyphen-minus ({@code -$1.2B})</td></tr>
 * <tr><td>rounding</td><td>half up ({@link String#format})</td><td>half even ({@link java.text.DecimalFormat})</td></tr>
 * </table>
 * Both write a value that rounds to zero without a sign.
 */
public final class FigureFormat {
    private final Locale locale;

    /** @param locale  number format locale, not {@code null}. */
    public FigureFormat(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The text for an unknown figure (a dash), shared by both styles. */
    public static String unknown() {
        return Messages.get("figure.unknown");
    }

    /**
     * A number as plain words write it: {@code 5} for a whole number, else Java's shortest decimal
     * ({@code 5.5}, {@code 0.25}); no grouping, a '.' decimal point in every locale. For values built into
     * sentences and settings ("uniform 5.5 years", "2.5 y"), which are read back by people and scripts alike.
     *
     * @param v  any finite value.
     */
    public static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** USD billions, e.g. {@code $176.4B}; one decimal, two below $10B. */
    public String money(Double usdB) {
        if (usdB == null || !Double.isFinite(usdB)) {
            return unknown();
        }
        String digits = String.format(locale, Math.abs(usdB) < 10 ? "%,.2f" : "%,.1f", Math.abs(usdB));
        // A value that rounds to zero has no sign: "$0.00B", never "−$0.00B".
        boolean zero = digits.chars().noneMatch(c -> Character.digit(c, 10) > 0);
        return (usdB < 0 && !zero ? "\u2212" : "") + "$" + digits + "B";
    }

    /** A change in USD billions with its sign, e.g. {@code +$12.0B}. */
    public String moneyChange(Double usdB) {
        if (usdB == null || !Double.isFinite(usdB)) {
            return unknown();
        }
        String m = money(usdB);
        return (m.startsWith("\u2212") ? "" : "+") + m;
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 37.4%}. */
    public String percent(Double fraction) {
        if (fraction == null || !Double.isFinite(fraction)) {
            return unknown();
        }
        return sign(fraction * 100, false) + String.format(locale, "%.1f", Math.abs(fraction * 100)) + "%";
    }

    /** Percentage points with their sign, e.g. {@code −4.6 pp}. */
    public String points(Double pp) {
        if (pp == null || !Double.isFinite(pp)) {
            return unknown();
        }
        return sign(pp, true) + String.format(locale, "%.1f", Math.abs(pp)) + " pp";
    }

    /** A ratio, e.g. {@code 8.1×}. */
    public String ratio(Double ratio) {
        if (ratio == null || !Double.isFinite(ratio)) {
            return unknown();
        }
        return String.format(locale, "%.1f", ratio) + "\u00d7";
    }

    /** A change of a ratio with its sign, e.g. {@code +0.4×}. */
    public String ratioChange(Double change) {
        if (change == null || !Double.isFinite(change)) {
            return unknown();
        }
        return sign(change, true) + String.format(locale, "%.1f", Math.abs(change)) + "\u00d7";
    }

    /** A count with the locale's grouping, e.g. {@code 1,000}. */
    public String count(long n) {
        return String.format(locale, "%,d", n);
    }

    /** Years, e.g. {@code 2.5} or {@code 6} (at most two decimals, in the locale's decimal separator). */
    public String years(double years) {
        return years == Math.rint(years) ? String.format(locale, "%.0f", years)
                : String.format(locale, "%.2f", years).replaceAll("0$", "");
    }

    /** "−" for negatives (a real minus sign), "+" for positives when asked; rounding to zero gives no sign. */
    private String sign(double v, boolean plus) {
        if (Math.abs(v) < 0.05) {
            return "";
        }
        return v < 0 ? "\u2212" : plus ? "+" : "";
    }
}

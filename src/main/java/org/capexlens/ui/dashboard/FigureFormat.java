package org.capexlens.ui.dashboard;

import java.util.Locale;
import java.util.Objects;
import org.capexlens.text.Messages;

/**
 * How the dashboard writes figures: money as {@code $176.4B}, margins as {@code 37.4%}, margin changes in
 * percentage points as {@code −4.6 pp}, ratios as {@code 8.1×}. Unknown values ({@code null}) are a dash.
 * Numbers use the given locale's decimal separator.
 */
public final class FigureFormat {
    private final Locale locale;

    /** @param locale  number format locale, not {@code null}. */
    public FigureFormat(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** USD billions, e.g. {@code $176.4B}; one decimal, two below $10B. */
    public String money(Double usdB) {
        if (usdB == null || !Double.isFinite(usdB)) {
            return dash();
        }
        String digits = String.format(locale, Math.abs(usdB) < 10 ? "%,.2f" : "%,.1f", Math.abs(usdB));
        // A value that rounds to zero has no sign: "$0.00B", never "−$0.00B".
        boolean zero = digits.chars().noneMatch(c -> Character.digit(c, 10) > 0);
        return (usdB < 0 && !zero ? "\u2212" : "") + "$" + digits + "B";
    }

    /** A change in USD billions with its sign, e.g. {@code +$12.0B}. */
    public String moneyChange(Double usdB) {
        if (usdB == null || !Double.isFinite(usdB)) {
            return dash();
        }
        String m = money(usdB);
        return (m.startsWith("\u2212") ? "" : "+") + m;
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 37.4%}. */
    public String percent(Double fraction) {
        if (fraction == null || !Double.isFinite(fraction)) {
            return dash();
        }
        return sign(fraction * 100, false) + String.format(locale, "%.1f", Math.abs(fraction * 100)) + "%";
    }

    /** Percentage points with their sign, e.g. {@code −4.6 pp}. */
    public String points(Double pp) {
        if (pp == null || !Double.isFinite(pp)) {
            return dash();
        }
        return sign(pp, true) + String.format(locale, "%.1f", Math.abs(pp)) + " pp";
    }

    /** A ratio, e.g. {@code 8.1×}. */
    public String ratio(Double ratio) {
        if (ratio == null || !Double.isFinite(ratio)) {
            return dash();
        }
        return String.format(locale, "%.1f", ratio) + "\u00d7";
    }

    /** A change of a ratio with its sign, e.g. {@code +0.4×}. */
    public String ratioChange(Double change) {
        if (change == null || !Double.isFinite(change)) {
            return dash();
        }
        return sign(change, true) + String.format(locale, "%.1f", Math.abs(change)) + "\u00d7";
    }

    /** A count with the locale's grouping, e.g. {@code 1,000}. */
    public String count(long n) {
        return String.format(locale, "%,d", n);
    }

    /** Years, e.g. {@code 2.5} or {@code 6}. */
    public String years(double years) {
        return years == Math.rint(years) ? String.format(locale, "%.0f", years)
                : String.format(locale, "%.2f", years).replaceAll("0$", "");
    }

    private static String dash() {
        return Messages.get("ui.dash.figure.unknown");
    }

    /** "−" for negatives (a real minus sign), "+" for positives when asked; rounding to zero gives no sign. */
    private String sign(double v, boolean plus) {
        if (Math.abs(v) < 0.05) {
            return "";
        }
        return v < 0 ? "\u2212" : plus ? "+" : "";
    }
}

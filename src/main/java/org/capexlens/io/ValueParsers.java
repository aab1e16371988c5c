package org.capexlens.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parsing of numbers and dates written as text, shared by every format so that {@code "1,234.5"} means the same in
 * a CSV file, a text cell of a workbook and a JSON string.
 */
public final class ValueParsers {
    /** Texts that mean "no value" in a numeric column. */
    static final Set<String> MISSING = Set.of("n/a", "na", "nan", "-", "--", "\u2014", "\u2013", "none", "null",
            "#n/a", "tbd", "?");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern GROUPED_DECIMAL_COMMA = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d*)?");

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            caseInsensitive("d MMM uuuu"),
            caseInsensitive("d MMMM uuuu"),
            caseInsensitive("MMM d, uuuu"),
            caseInsensitive("MMMM d, uuuu"),
            caseInsensitive("d-MMM-uuuu"));

    private ValueParsers() {
    }

    private static DateTimeFormatter caseInsensitive(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** {@code true} when the text is one of the conventional "no value" markers ({@code n/a}, {@code -} …). */
    public static boolean isMissingMarker(String text) {
        return text == null || text.isBlank() || MISSING.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Parses a number written as text: {@code 1234.5}, {@code 1,234.5}, {@code $12.3}, {@code US$ 12.3bn},
     * {@code (12.3)} (negative), {@code 12.5%} (gives 12.5: the caller decides what percent means), and with
     * {@code decimalComma} {@code 1.234,5} or {@code 12,5}.
     *
     * @param text          the text, {@code null} permitted.
     * @param decimalComma  whether a comma is the decimal separator.
     * @return the value, or empty when the text is not a number.
     */
    public static OptionalDouble parseNumber(String text, boolean decimalComma) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.trim().replace('\u2212', '-').replace("\u00A0", "").replace("\u202F", "");
        boolean negative = false;
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1).trim();
        }
        if (t.startsWith("-")) {
            negative = !negative;
            t = t.substring(1).trim();
        } else if (t.startsWith("+")) {
            t = t.substring(1).trim();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"us$", "usd", "$"}) {
            if (lower.startsWith(prefix)) {
                t = t.substring(prefix.length()).trim();
                lower = t.toLowerCase(Locale.ROOT);
                break;
            }
        }
        if (t.startsWith("-") && !negative) {
            negative = true;
            t = t.substring(1).trim();
            lower = t.toLowerCase(Locale.ROOT);
        }
        t = stripSuffix(t, lower);
        String canonical;
        if (decimalComma) {
            if (GROUPED_DECIMAL_COMMA.matcher(t).matches()) {
                canonical = t.replace(".", "").replace(',', '.');
            } else if (t.indexOf('.') < 0) {
                canonical = t.replace(',', '.');
            } else {
                canonical = t;
            }
        } else if (GROUPED.matcher(t).matches()) {
            canonical = t.replace(",", "");
        } else {
            canonical = t;
        }
        if (!PLAIN_NUMBER.matcher(canonical).matches()) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(canonical);
            if (!Double.isFinite(v)) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(negative ? -v : v);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Drops one unit suffix ({@code usd}, {@code bn}, {@code b}, {@code %}) and the spaces and apostrophes. */
    private static String stripSuffix(String t, String lower) {
        String out = t;
        for (String suffix : new String[] {"usd", "bn", "b", "%"}) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                out = out.substring(0, out.length() - suffix.length()).trim();
                break;
            }
        }
        return out.replace(" ", "").replace("'", "");
    }

    /**
     * The digits and marks of a figure written as text, as {@link #parseNumber} sees them: sign, brackets,
     * currency and unit marks, spaces and apostrophes removed ({@code "(US$ 1,234.5bn)"} gives {@code 1,234.5}).
     *
     * @return the body, or {@code null} for {@code null} text.
     */
    static String numberBody(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace('\u2212', '-').replace("\u00A0", "").replace("\u202F", "");
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1).trim();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"us$", "usd", "$"}) {
            if (lower.startsWith(prefix)) {
                t = t.substring(prefix.length()).trim();
                lower = t.toLowerCase(Locale.ROOT);
                break;
            }
        }
        if (t.startsWith("-")) {
            t = t.substring(1).trim();
            lower = t.toLowerCase(Locale.ROOT);
        }
        return stripSuffix(t, lower);
    }

    /**
     * Parses a date written as text: ISO {@code 2020-07-01}, {@code 2020/07/01}, {@code 1.7.2020},
     * {@code 1 Jul 2020}, {@code Jul 1, 2020}, {@code 1-Jul-2020}. Ambiguous forms such as {@code 07/01/2020} are
     * refused rather than guessed.
     *
     * @return the date; {@code null} when the text is no date, or an impossible one (2023-02-30).
     */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        // A timestamp such as 2020-07-01T00:00:00 or "2020-07-01 00:00:00": keep the date part.
        if (t.length() > 10 && t.charAt(4) == '-' && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /**
     * Converts an Excel serial day number (1900 date system) to a date.
     *
     * @return the date, or {@code null} when the serial is out of the range 1 (1900-01-01) to 2958465 (9999-12-31).
     */
    public static LocalDate fromExcelSerial(double serial) {
        if (!Double.isFinite(serial) || serial < 1 || serial > 2958465) {
            return null;
        }
        long days = (long) Math.floor(serial);
        // Excel counts 1900-02-29, which did not exist; serial 60 is that phantom day.
        if (days >= 60) {
            days -= 1;
        }
        try {
            return LocalDate.of(1899, 12, 31).plusDays(days);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

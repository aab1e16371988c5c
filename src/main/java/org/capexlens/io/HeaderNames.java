package org.capexlens.io;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header and sheet-name matching: case-insensitive, ignoring spaces, underscores, hyphens, dots and commas, and a unit
 * suffix in brackets such as {@code ($B)} or {@code (USD bn)}; {@code &} reads as "and". {@code "Capex ($B)"} and
 * {@code capex} match, so do {@code "D&A"} and {@code danda}. {@link #withoutUnit} also drops a unit written without
 * brackets ({@code Capex USD bn}).
 */
public final class HeaderNames {
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*[\\(\\[][^\\)\\]]*[\\)\\]]\\s*$");
    private static final Pattern IGNORED = Pattern.compile("[\\s_\\-.,]+");

    private HeaderNames() {
    }

    /**
     * The key a header or sheet name is compared by.
     *
     * @param header  the text as written, {@code null} permitted (gives "").
     * @return lower case, unit suffix and separators removed, byte-order mark stripped.
     */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String h = header.replace("\uFEFF", "").trim();
        h = UNIT_SUFFIX.matcher(h).replaceAll("");
        h = h.replace("&", "and").replace("$", "").replace("#", "");
        h = IGNORED.matcher(h).replaceAll("");
        return h.toLowerCase(Locale.ROOT);
    }

    /** Units a header may end in without brackets, normalised, longest first. */
    private static final String[] UNITS = {"inusdbillions", "usdbillions", "usdbillion", "inbillions", "usdbn",
        "usdb", "billions", "billion", "bn", "usd"};

    /**
     * A normalised header without a unit at its end ({@code capexusdbn} gives {@code capex}); {@code null} when it
     * ends in none.
     */
    public static String withoutUnit(String normalized) {
        for (String unit : UNITS) {
            if (normalized.endsWith(unit) && normalized.length() > unit.length()) {
                return normalized.substring(0, normalized.length() - unit.length());
            }
        }
        return null;
    }
}

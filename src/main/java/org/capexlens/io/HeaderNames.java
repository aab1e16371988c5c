package org.capexlens.io;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header and sheet-name matching: case-insensitive, ignoring spaces, underscores, hyphens and dots, and a unit
 * suffix in brackets such as {@code ($B)} or {@code (USD bn)}. {@code "Capex ($B)"} and {@code capex} match.
 */
public final class HeaderNames {
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*[\\(\\[][^\\)\\]]*[\\)\\]]\\s*$");
    private static final Pattern IGNORED = Pattern.compile("[\\s_\\-.]+");

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
        h = IGNORED.matcher(h).replaceAll("");
        return h.toLowerCase(Locale.ROOT);
    }
}

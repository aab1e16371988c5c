package org.capexlens.export;

import java.text.Normalizer;
import java.util.Locale;
import org.capexlens.chart.ChartId;

/**
 * The names exported files get, shared by the dashboard's file choosers, "export all" and the {@code render}
 * command so that the same chart and scenario always give the same name: {@code <chart-id>_<scenario-slug>.<ext>}.
 */
public final class ExportFileNames {
    /** Where file names of a multi-page PDF start: {@code charts_<scenario-slug>.pdf}. */
    public static final String COMBINED_PDF_STEM = "charts";
    /** Longest scenario slug in a file name; longer names are cut at a dash. */
    static final int MAX_SLUG = 48;

    private ExportFileNames() {
    }

    /** {@code <chart-id>_<scenario-slug>.<ext>}, e.g. {@code margin-vs-life_burry-2-3-years.png}. */
    public static String fileName(ChartId chart, String scenarioName, ExportFormat format) {
        return chart.id() + "_" + slug(scenarioName) + "." + format.extension();
    }

    /** The multi-page PDF of an "export all": {@code charts_<scenario-slug>.pdf}. */
    public static String combinedPdfName(String scenarioName) {
        return COMBINED_PDF_STEM + "_" + slug(scenarioName) + ".pdf";
    }

    /**
     * A file-name-safe form of a name: accents dropped, lower-case ASCII letters and digits, every other run of
     * characters one dash, no leading or trailing dash, at most {@value #MAX_SLUG} characters (cut at a dash);
     * {@code scenario} when nothing is left. "Burry 2–3 years" gives {@code burry-2-3-years}.
     */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String s = sb.toString();
        if (s.length() > MAX_SLUG) {
            int cut = s.lastIndexOf('-', MAX_SLUG);
            s = s.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "scenario" : s;
    }
}

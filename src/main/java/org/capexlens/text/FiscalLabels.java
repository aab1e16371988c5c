package org.capexlens.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Labels of company fiscal years (issue 14, DESIGN §3.1): company rows stay in the company's fiscal years and say
 * so. A calendar-year company's year is {@code FY2026}; Microsoft's (ends June) {@code FY2026 (Jun)}, Oracle's
 * {@code FY2026 (May)}, Nvidia's (late January) {@code FY2026 (Jan)}.
 */
public final class FiscalLabels {
    private FiscalLabels() {
    }

    /**
     * @param fiscalYear  the calendar year in which the fiscal year ends.
     * @param endMonth    its end month, 1-12.
     */
    public static String fiscalYear(int fiscalYear, int endMonth) {
        return endMonth == 12 || endMonth < 1 || endMonth > 12 ? "FY" + fiscalYear
                : "FY" + fiscalYear + " (" + monthName(endMonth) + ")";
    }

    /** The month's short English name ("Jun"), the way fiscal years are labelled in filings. */
    public static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}

package org.capexlens.io.sec;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * The period rules of the import: which facts are annual, quarterly or nine-month, and which fiscal year a period
 * belongs to — by the period's dates and the company's fiscal-year-end month, never by the {@code fy} field (the
 * year of the filing, so a 10-K's comparative columns carry the wrong one).
 */
public final class FiscalPeriods {
    /** A 52/53-week or calendar year: 364–371 days, with slack. */
    static final int YEAR_MIN = 350;
    static final int YEAR_MAX = 380;
    static final int QUARTER_MIN = 80;
    static final int QUARTER_MAX = 100;
    static final int NINE_MONTHS_MIN = 260;
    static final int NINE_MONTHS_MAX = 285;
    /** How far a period end may lie from the last day of the fiscal-year-end month (52/53-week years). */
    static final int END_SLACK_DAYS = 20;

    /** Latest filing first when reversed: by filing date, then accession number. The rule "latest = as restated". */
    public static final Comparator<SecFact> AS_RESTATED = Comparator.comparing(SecFact::filed)
            .thenComparing(SecFact::accn);

    private FiscalPeriods() {
    }

    /**
     * The fiscal year a period ending on {@code end} closes, in the project's convention (the calendar year in which
     * the fiscal year ends: Microsoft's year to 2025-06-30 is 2025, Nvidia's to 2026-01-25 is 2026, a 53-week year
     * to 2026-01-02 of a December company is 2025), or empty when {@code end} is not near a fiscal-year end.
     *
     * @param fiscalYearEndMonth  1–12, the company's {@code fiscal_year_end_month}.
     */
    public static OptionalInt fiscalYearEnding(LocalDate end, int fiscalYearEndMonth) {
        for (int year = end.getYear() - 1; year <= end.getYear() + 1; year++) {
            LocalDate nominal = YearMonth.of(year, fiscalYearEndMonth).atEndOfMonth();
            if (Math.abs(ChronoUnit.DAYS.between(nominal, end)) <= END_SLACK_DAYS) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }

    static boolean annual(SecFact f) {
        return f.start() != null && f.days() >= YEAR_MIN && f.days() <= YEAR_MAX;
    }

    static boolean quarter(SecFact f) {
        return f.start() != null && f.days() >= QUARTER_MIN && f.days() <= QUARTER_MAX;
    }

    static boolean nineMonths(SecFact f) {
        return f.start() != null && f.days() >= NINE_MONTHS_MIN && f.days() <= NINE_MONTHS_MAX;
    }
}

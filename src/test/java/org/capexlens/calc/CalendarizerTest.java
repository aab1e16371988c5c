package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CalendarizerTest {
    private static final double EPS = 1e-9;

    @ParameterizedTest(name = "FY{0} ending month {1}: {3} months in CY{2}")
    @CsvSource(textBlock = """
            # fiscal year, end month, calendar year, months
            # Microsoft FY2024 = Jul 2023 - Jun 2024: six months in each calendar year
            2024, 6, 2023, 6
            2024, 6, 2024, 6
            2024, 6, 2025, 0
            2024, 6, 2022, 0
            # Oracle FY2024 = Jun 2023 - May 2024
            2024, 5, 2023, 7
            2024, 5, 2024, 5
            # Nvidia FY2025 = Feb 2024 - Jan 2025
            2025, 1, 2024, 11
            2025, 1, 2025, 1
            # calendar-year company
            2024, 12, 2024, 12
            2024, 12, 2023, 0
            """)
    void shareIsTheMonthsOfTheFiscalYearInTheCalendarYear(int fy, int endMonth, int cy, int months) {
        assertEquals(months / 12.0, Calendarizer.calendarYearShare(fy, endMonth, cy), EPS);
    }

    @Test
    void microsoftFiscal2024SplitsHalfAndHalf() {
        // 48 over Jul 2023 - Jun 2024: 6/12 * 48 = 24 in CY2023 and 24 in CY2024.
        Calendarizer.Calendarised c = Calendarizer.calendarise(Map.of(2024, 48.0), 6);
        assertEquals(24.0, c.values().get(2023), EPS);
        assertEquals(24.0, c.values().get(2024), EPS);
        assertEquals(Map.of(2023, 6, 2024, 6), c.monthsCovered());
    }

    @Test
    void nvidiaFiscal2025FallsElevenTwelfthsIn2024() {
        // 115.2 over Feb 2024 - Jan 2025: 11/12 * 115.2 = 105.6 in CY2024 and 1/12 * 115.2 = 9.6 in CY2025.
        Calendarizer.Calendarised c = Calendarizer.calendarise(Map.of(2025, 115.2), 1);
        assertEquals(105.6, c.values().get(2024), EPS);
        assertEquals(9.6, c.values().get(2025), EPS);
        assertEquals(Map.of(2024, 11, 2025, 1), c.monthsCovered());
    }

    @Test
    void onlyFullyCoveredCalendarYearsAreComplete() {
        // Microsoft FY2023 = 24, FY2024 = 48: CY2022 = 12 (6 months), CY2023 = 12 + 24 = 36 (12 months),
        // CY2024 = 24 (6 months). Partial years are kept but flagged, not silently low.
        Calendarizer.Calendarised c = Calendarizer.calendarise(Map.of(2023, 24.0, 2024, 48.0), 6);
        assertEquals(Set.of(2022, 2023, 2024), c.values().keySet());
        assertEquals(36.0, c.values().get(2023), EPS);
        assertTrue(c.isComplete(2023));
        assertFalse(c.isComplete(2022));
        assertFalse(c.isComplete(2024));
        assertFalse(c.isComplete(2030));
        assertEquals(Set.of(2023), c.completeYears());
        assertEquals(Map.of(2023, 36.0), c.completeValues());
    }

    @Test
    void aMissingFiscalYearLeavesBothCalendarYearsItTouchesIncomplete() {
        // Nvidia FY2024 (Feb 2023 - Jan 2024) and FY2026 (Feb 2025 - Jan 2026) without FY2025:
        // CY2023 = Feb-Dec (11 months), CY2024 = January only, CY2025 = Feb-Dec, CY2026 = January only.
        Calendarizer.Calendarised c = Calendarizer.calendarise(Map.of(2024, 60.0, 2026, 180.0), 1);
        assertEquals(Map.of(2023, 11, 2024, 1, 2025, 11, 2026, 1), c.monthsCovered());
        assertEquals(60.0 / 12, c.values().get(2024), EPS);
        assertEquals(Set.of(), c.completeYears());
    }

    @Test
    void calendarYearCompaniesMapOneToOne() {
        Calendarizer.Calendarised c = Calendarizer.calendarise(Map.of(2023, 30.0, 2024, 40.0), 12);
        assertEquals(Map.of(2023, 30.0, 2024, 40.0), c.completeValues());
    }

    @Test
    void totalIsPreservedAcrossCalendarYears() {
        Calendarizer.Calendarised c = Calendarizer.calendarise(Map.of(2022, 10.0, 2023, 20.0, 2024, 33.0), 5);
        assertEquals(63.0, c.values().values().stream().mapToDouble(Double::doubleValue).sum(), EPS);
    }

    @Test
    void aSumIsCompleteOnlyWhereEveryNonEmptyPartIs() {
        // Microsoft (June) FY2023-FY2024 is complete in 2023 only; Meta (December) 2023-2024 in both.
        // 2022: Microsoft covers Jul-Dec (6 months); Meta has not started yet, so it does not count against 2022.
        Calendarizer.Calendarised msft = Calendarizer.calendarise(Map.of(2023, 24.0, 2024, 48.0), 6);
        Calendarizer.Calendarised meta = Calendarizer.calendarise(Map.of(2023, 30.0, 2024, 40.0), 12);
        Calendarizer.Calendarised sum = Calendarizer.sum(List.of(msft, meta, Calendarizer.Calendarised.empty()));
        assertEquals(66.0, sum.values().get(2023), EPS);
        assertEquals(64.0, sum.values().get(2024), EPS);
        assertEquals(Map.of(2022, 6, 2023, 12, 2024, 6), sum.monthsCovered());
        assertEquals(Set.of(2023), sum.completeYears());
    }

    @Test
    void timesScalesValuesAndKeepsCoverage() {
        Calendarizer.Calendarised c = Calendarizer.calendarise(Map.of(2024, 48.0), 6).times(0.5);
        assertEquals(12.0, c.values().get(2023), EPS);
        assertEquals(Map.of(2023, 6, 2024, 6), c.monthsCovered());
    }

    @Test
    void refusesAnImpossibleEndMonth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calendarizer.calendarYearShare(2024, 13, 2024));
        assertEquals("fiscal_year_end_month must be between 1 and 12, was 13", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Calendarizer.calendarise(Map.of(2024, 1.0), 0));
    }
}

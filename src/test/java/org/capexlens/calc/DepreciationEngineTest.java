package org.capexlens.calc;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.domain.UsefulLifeChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vintage engine against hand-computed schedules (DESIGN §3.2). */
class DepreciationEngineTest {
    private static final double EPS = 1e-9;
    private static final VintageAssumptions ALL_SHORT_FULL_YEAR =
            new VintageAssumptions(1, 20, 0, Convention.FULL_YEAR);
    private static final VintageAssumptions ALL_SHORT_HALF_YEAR =
            new VintageAssumptions(1, 20, 0, Convention.HALF_YEAR);

    private static void assertYears(CompanyDepreciation d, int firstYear, double... expected) {
        for (int i = 0; i < expected.length; i++) {
            int y = firstYear + i;
            assertEquals(expected[i], d.year(y).orElseThrow().total(), EPS, "depreciation in " + y);
        }
    }

    // ---- golden straight line -------------------------------------------------------------------------------------

    @Test
    void hundredThousandDollarsOverSixYearsIsSixteenThousandSixHundredSixtySevenAYear() {
        // $100,000 = 0.0001 USD bn; full-year convention; 100,000 / 6 = 16,666.67 a year for six years, then nothing.
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2027, LifeSchedule.uniform(6),
                ALL_SHORT_FULL_YEAR, 0.0001);
        for (int y = 2020; y <= 2025; y++) {
            assertEquals(16_666.67, d.year(y).orElseThrow().total() * 1e9, 0.005, "dollars in " + y);
        }
        assertEquals(0, d.year(2026).orElseThrow().total(), 0);
        assertEquals(0, d.year(2027).orElseThrow().total(), 0);
    }

    @Test
    void hundredThousandDollarsOverThreeYearsIsThirtyThreeThousandThreeHundredThirtyThreeAYear() {
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2023, LifeSchedule.uniform(3),
                ALL_SHORT_FULL_YEAR, 0.0001);
        for (int y = 2020; y <= 2022; y++) {
            assertEquals(33_333.33, d.year(y).orElseThrow().total() * 1e9, 0.005, "dollars in " + y);
        }
        assertEquals(0, d.year(2023).orElseThrow().total(), 0);
    }

    // ---- worked examples ----------------------------------------------------------------------------------------

    @Test
    void threeVintageFleetUnderHalfYearConventionDepreciatesHalfAYearAtEachEnd() {
        // Life 3, half-year: a vintage of cost C gives C/6, C/3, C/3, C/6 over four fiscal years.
        //   2020 (300): 50, 100, 100, 50           (2020-2023)
        //   2021 (600):     100, 200, 200, 100     (2021-2024)
        //   2022 (900):          150, 300, 300, 150 (2022-2025)
        //   total:      50, 200, 450, 550, 400, 150  = 1,800 = total capex
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2026, LifeSchedule.uniform(3),
                ALL_SHORT_HALF_YEAR, 300, 600, 900);
        assertYears(d, 2020, 50, 200, 450, 550, 400, 150, 0);
        assertEquals(List.of(0.0, 100.0, 200.0, 200.0, 100.0, 0.0, 0.0), d.vintages().get(1).shortLived());
        // Flat depreciation of a fleet equals its time-weighted gross cost / life: 2021 = 300 × 1 + 600 × ½ = 600.
        assertEquals(600, d.year(2021).orElseThrow().shortLivedGrossCost(), EPS);
        assertEquals(200, d.year(2021).orElseThrow().maintenanceCapex(), EPS);
    }

    @Test
    void prospectiveExtensionFromFourToSixYearsInTheThirdYearSpreadsTheRestOverFourMoreYears() {
        // Full-year. Vintage 2020 (120), life 4: 30, 30; at the start of 2022 it is 2 years old, so its remaining
        // 60 is spread over 6 − 2 = 4 years: 15 a year 2022-2025. Vintage 2022 (60) is placed on the change date
        // and uses 6 years from the start: 10 a year 2022-2027.
        LifeSchedule lives = new LifeSchedule(4, List.of(new LifeSchedule.Change(2022, 0, 6)));
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2028, lives, ALL_SHORT_FULL_YEAR, 120, 0, 60);
        assertYears(d, 2020, 30, 30, 25, 25, 25, 25, 10, 10, 0);
        assertEquals(List.of(30.0, 30.0, 15.0, 15.0, 15.0, 15.0, 0.0, 0.0, 0.0), d.vintages().get(0).shortLived());
    }

    @Test
    void shorteningFromSixToFiveYearsWritesOffAVintageAlreadyOlderThanFive() {
        // Half-year, life 6. Vintage 2017 (60): 5, then 10 a year 2018-2022 → book value 5 at the start of 2023,
        // when it is 5.5 years old: 5 − 5.5 < 0, so the 5 is written off in 2023.
        // Vintage 2020 (60): 5, 10, 10 → 35 left, 2.5 years old → spread over 5 − 2.5 = 2.5 years: 14, 14, 7.
        // Totals 2017-2026: 5, 10, 10, 15, 20, 20, 19, 14, 7, 0.
        LifeSchedule lives = new LifeSchedule(6, List.of(new LifeSchedule.Change(2023, 0, 5)));
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2017, 2026, lives, ALL_SHORT_HALF_YEAR,
                60, 0, 0, 60);
        assertYears(d, 2017, 5, 10, 10, 15, 20, 20, 19, 14, 7, 0);
        assertEquals(5, d.vintages().get(0).shortLived().get(6), EPS, "write-off of vintage 2017 in 2023");
        assertEquals(0, d.vintages().get(0).shortLived().get(7), 0);
        // The written-off vintage is no longer part of the fleet in 2023 (it left at the change, on the first day).
        assertEquals(60 * 1.0, d.year(2023).orElseThrow().shortLivedGrossCost(), EPS);
        assertEquals(60.0 / 5, d.year(2023).orElseThrow().maintenanceCapex(), EPS);
    }

    @Test
    void changeEffectiveInTheSecondQuarterSplitsTheFiscalYear() {
        // Meta-style: calendar fiscal year, 4 → 5 years from 1 April 2022 (a quarter into FY2022). Full-year.
        // Vintage 2021 (120): 2021: 30 → 90 left, 3 years remaining.
        // 2022 Q1 (¼ year at the old life): 90 × 0.25 / 3 = 7.5 → 82.5 left, 2.75 remaining.
        // On 1 April it is 1.25 years old: 5 − 1.25 = 3.75 remaining; rest of 2022: 82.5 × 0.75 / 3.75 = 16.5.
        // 2022 = 7.5 + 16.5 = 24 → 66 left over 3 years: 22 a year 2023-2025.
        double time = DepreciationEngine.fiscalTime(LocalDate.of(2022, 4, 1), 12);
        assertEquals(2022.25, time, 0);
        LifeSchedule lives = new LifeSchedule(4, List.of(new LifeSchedule.Change(2022, 0.25, 5)));
        CompanyDepreciation d = DepreciationEngine.depreciate("Meta", 2021, 2026, lives, ALL_SHORT_FULL_YEAR, 120);
        assertYears(d, 2021, 30, 24, 22, 22, 22, 0);
        // Maintenance in 2022: ¼ year at 120/4 and ¾ year at 120/5 = 7.5 + 18.
        assertEquals(25.5, d.year(2022).orElseThrow().maintenanceCapex(), EPS);
    }

    @Test
    void microsoftsJulyFirstChangeIsTheFirstDayOfFiscal2023() {
        // Fiscal year ends in June: 2022-07-01 opens FY2023. Vintage FY2021 (120), 4 → 6 years, full-year:
        // FY2021 30, FY2022 30; at the start of FY2023 it is 2 years old: 60 over 4 years = 15 a year.
        Dataset ds = new Fixtures.Builder().company("Microsoft", 6, Role.HYPERSCALER)
                .capex("Microsoft", 2021, 120).capex("Microsoft", 2022, 0).capex("Microsoft", 2026, 0)
                .life("Microsoft", "servers", "2010-07-01", 4).life("Microsoft", "servers", "2022-07-01", 6)
                .build();
        Scenario s = Fixtures.scenario(DepreciationPolicy.REPORTED, 1, Convention.FULL_YEAR, 2026, 0, 0, 0);
        CompanyDepreciation d = DepreciationEngine.depreciate(ds, s, "Microsoft", DepreciationPolicy.REPORTED)
                .orElseThrow();
        assertYears(d, 2021, 30, 30, 15, 15, 15, 15);
        // FY2023-FY2025 have no capex row: filled on the line between FY2022 (0) and FY2026 (0), and said so.
        assertEquals(List.of(2023, 2024, 2025).stream().map(y -> new ModelNotice(ModelNotice.Kind.CAPEX_GAP_FILLED,
                "Microsoft", y.toString())).toList(), d.notices());
    }

    @Test
    void fractionalLifeOfFiveAndAHalfYearsEndsWithAHalfYear() {
        // Full-year: 110 / 5.5 = 20 a year for five years, then the last half year: 10.
        CompanyDepreciation full = DepreciationEngine.depreciate("X", 2020, 2026, LifeSchedule.uniform(5.5),
                ALL_SHORT_FULL_YEAR, 110);
        assertYears(full, 2020, 20, 20, 20, 20, 20, 10, 0);
        // Half-year: 10 in the first half year, 20 a year for four years, then the last full year: 20 (= 5.5 years).
        CompanyDepreciation half = DepreciationEngine.depreciate("X", 2020, 2026, LifeSchedule.uniform(5.5),
                ALL_SHORT_HALF_YEAR, 110);
        assertYears(half, 2020, 10, 20, 20, 20, 20, 20, 0);
    }

    @Test
    void inServiceLagDelaysTheFirstDepreciationByWholeYears() {
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2024, LifeSchedule.uniform(2),
                new VintageAssumptions(1, 20, 1, Convention.FULL_YEAR), 100);
        assertYears(d, 2020, 0, 50, 50, 0);
    }

    @Test
    void shortAndLongPartsSplitByTheShortLivedShare() {
        // s = 0.5 of 200: short 100 over 4 years = 25; long 100 over 20 years = 5.
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2020, 2020, LifeSchedule.uniform(4),
                new VintageAssumptions(0.5, 20, 0, Convention.FULL_YEAR), 200);
        CompanyDepreciation.Year y = d.year(2020).orElseThrow();
        assertEquals(25, y.shortLived(), EPS);
        assertEquals(5, y.longLived(), EPS);
        assertEquals(30, y.total(), EPS);
    }

    @Test
    void flatCapexNeedsMaintenanceEqualToCapexOnceTheFleetIsMature() {
        double[] capex = new double[11];
        java.util.Arrays.fill(capex, 60);
        CompanyDepreciation d = DepreciationEngine.depreciate("X", 2015, 2025, LifeSchedule.uniform(4),
                ALL_SHORT_HALF_YEAR, capex);
        assertEquals(60, d.year(2020).orElseThrow().maintenanceCapex(), EPS);
        assertEquals(240, d.year(2020).orElseThrow().shortLivedGrossCost(), EPS);
        assertEquals(60, d.year(2020).orElseThrow().shortLived(), EPS);
    }

    // ---- fiscal time and policies -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} with fiscal year ending in month {1} is fiscal time {2}")
    @CsvSource(textBlock = """
            2022-07-01, 6,  2023.0
            2022-06-30, 6,  2022.9166666666667
            2022-04-01, 12, 2022.25
            2025-01-01, 12, 2025.0
            2023-02-01, 1,  2024.0
            2024-01-28, 1,  2024.9166666666667
            2022-06-01, 5,  2023.0
            """)
    void datesMapToFiscalTimeInWholeMonths(String date, int endMonth, double expected) {
        assertEquals(expected, DepreciationEngine.fiscalTime(LocalDate.parse(date), endMonth), 1e-12);
    }

    private static UsefulLifeChange life(String date, double years) {
        return new UsefulLifeChange("X", "servers", LocalDate.parse(date), years, null, "", "", "");
    }

    @Test
    void reportedScheduleStartsWithTheFirstEntryAndChangesAtEachLaterOne() {
        LifeSchedule s = DepreciationEngine.schedule(DepreciationPolicy.REPORTED,
                List.of(life("2010-07-01", 4), life("2022-07-01", 6)), 6);
        assertEquals(new LifeSchedule(4, List.of(new LifeSchedule.Change(2023, 0, 6))), s);
    }

    @Test
    void reportedScheduleWithoutHistoryFallsBackToFiveYears() {
        assertEquals(LifeSchedule.uniform(5), DepreciationEngine.schedule(DepreciationPolicy.REPORTED, List.of(), 12));
    }

    @Test
    void entriesInTheSameMonthAreOneChangeAndTheLastWins() {
        LifeSchedule s = DepreciationEngine.schedule(DepreciationPolicy.REPORTED,
                List.of(life("2010-01-01", 3), life("2021-01-01", 4), life("2021-01-15", 5)), 12);
        assertEquals(new LifeSchedule(3, List.of(new LifeSchedule.Change(2021, 0, 5))), s);
    }

    @Test
    void switchKeepsTheReportedChangesBeforeItsYearAndDropsLaterOnes() {
        List<UsefulLifeChange> h = List.of(life("2010-01-01", 3), life("2020-01-01", 4), life("2023-01-01", 6));
        LifeSchedule s = DepreciationEngine.schedule(new DepreciationPolicy.SwitchTo(2.5, 2022), h, 12);
        assertEquals(new LifeSchedule(3, List.of(new LifeSchedule.Change(2020, 0, 4),
                new LifeSchedule.Change(2022, 0, 2.5))), s);
    }

    @Test
    void uniformIgnoresTheHistory() {
        assertEquals(LifeSchedule.uniform(2.5), DepreciationEngine.schedule(new DepreciationPolicy.Uniform(2.5),
                List.of(life("2010-01-01", 3), life("2020-01-01", 4)), 12));
    }

    @Test
    void serverHistoryPrefersServerRowsAndFallsBackToAllRows() {
        Dataset ds = new Fixtures.Builder().company("A", 12, Role.HYPERSCALER).company("B", 12, Role.HYPERSCALER)
                .life("A", "network", "2010-01-01", 5).life("A", "Servers and network", "2012-01-01", 4)
                .life("A", "SERVERS", "2011-01-01", 3).life("B", "network", "2010-01-01", 5).build();
        List<UsefulLifeChange> a = DepreciationEngine.serverLifeHistory(ds, "A");
        assertEquals(List.of(3.0, 4.0), a.stream().map(UsefulLifeChange::lifeYears).toList());
        assertEquals(1, DepreciationEngine.serverLifeHistory(ds, "B").size());
    }

    @Test
    void aCompanyWithoutHistoryGetsANoticeAndTheFallbackLife() {
        Dataset ds = new Fixtures.Builder().company("Oracle", 5, Role.HYPERSCALER).capex("Oracle", 2024, 50).build();
        Scenario s = Fixtures.scenario(DepreciationPolicy.REPORTED, 1, Convention.FULL_YEAR, 2024, 0, 0, 0);
        CompanyDepreciation d = DepreciationEngine.depreciate(ds, s, "Oracle", DepreciationPolicy.REPORTED)
                .orElseThrow();
        assertEquals(10, d.year(2024).orElseThrow().total(), EPS);
        assertEquals(List.of(new ModelNotice(ModelNotice.Kind.NO_LIFE_HISTORY, "Oracle", "5")), d.notices());
    }

    @Test
    void invalidInputIsRejectedWithAPlainMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DepreciationEngine
                .depreciate("X", 2020, 2021, LifeSchedule.uniform(4), ALL_SHORT_FULL_YEAR, -1));
        assertEquals("capex_usd_b must be >= 0, was -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LifeSchedule(4,
                List.of(new LifeSchedule.Change(2022, 0, 5), new LifeSchedule.Change(2021, 0, 6))));
        assertTrue(e.getMessage().startsWith("changes must be in strictly increasing time order"));
    }
}

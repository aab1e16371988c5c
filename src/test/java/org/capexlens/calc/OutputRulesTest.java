package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.capexlens.domain.Role;
import org.capexlens.domain.Status;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Issue 14's output rules, each on a case worked by hand (the working is in each test's comments). */
class OutputRulesTest {
    private static final double EPS = 1e-9;

    private static ModelResult.CompanyYear year(String company, int fy, double delta, double catchUp, int endMonth) {
        return new ModelResult.CompanyYear(company, fy, Status.REPORTED, 10.0, 100.0, 20.0, 5.0, 5.0 + delta, delta,
                20.0 - delta, (20.0 - delta) / 100, 15.0, 15.0 - delta * 0.8, null, 1.0, null,
                Overstatement.SHOWN, null, catchUp, BreakEvenStatus.NOT_APPLICABLE, endMonth);
    }

    private static CalendarTotals.Row find(List<CalendarTotals.Row> rows, String company, int year) {
        return rows.stream().filter(r -> r.company().equals(company) && r.calendarYear() == year).findFirst()
                .orElseThrow();
    }

    @Test
    void aJuneFiscalYearIsSpreadOverTwoCalendarYearsMonthByMonth() {
        // Microsoft-like (June year end): FY2026 = Jul 2025 – Jun 2026, ΔD 12; FY2027 = Jul 2026 – Jun 2027, ΔD 24.
        // Calendar 2026 = 6/12 × 12 + 6/12 × 24 = 18; 2025 = 6 (6 months); 2027 = 12 (6 months).
        // A calendar-year company: 2026 ΔD 10. Sum 2026 = 28, whole; 2025 only Microsoft's 6 months (the other
        // company has not started, so it does not make 2025 partial); 2027 is partial (Cal has no 2027 row).
        List<CalendarTotals.Row> rows = CalendarTotals.of(List.of(year("Soft", 2026, 12, 0, 6),
                year("Soft", 2027, 24, 3, 6), year("Cal", 2026, 10, 0, 12)));
        assertEquals(6, find(rows, "Soft", 2025).deltaDepreciation(), EPS);
        assertEquals(6, find(rows, "Soft", 2025).monthsCovered());
        assertEquals(18, find(rows, "Soft", 2026).deltaDepreciation(), EPS);
        assertEquals(12, find(rows, "Soft", 2026).monthsCovered());
        assertEquals(1.5, find(rows, "Soft", 2026).catchUpWriteOff(), EPS);
        assertEquals(12, find(rows, "Soft", 2027).deltaDepreciation(), EPS);
        assertEquals(28, find(rows, CalendarTotals.ALL, 2026).deltaDepreciation(), EPS);
        assertEquals(12, find(rows, CalendarTotals.ALL, 2026).monthsCovered());
        assertEquals(6, find(rows, CalendarTotals.ALL, 2025).monthsCovered());
        assertEquals(0, find(rows, CalendarTotals.ALL, 2027).monthsCovered());
        // Revenue 100 per fiscal year: 2026 = 50 + 50 for Soft.
        assertEquals(100, find(rows, "Soft", 2026).revenue(), EPS);
        assertEquals(28, CalendarTotals.sum(rows, r -> r.deltaDepreciation(), 2026, 2026), EPS);
        assertEquals(Double.NaN, CalendarTotals.sum(rows, r -> r.deltaDepreciation(), 2026, 2027));
    }

    @Test
    void aShortenedLifeWritesOffTheOlderVintagesAsItsOwnFigure() {
        // Capex 10 in 2020–2022, then flat (growth 0) to 2023; all short-lived (s = 1), full-year convention,
        // servers 6 years. Switch to 2 years from fiscal 2023: vintage 2020 (age 3) and 2021 (age 2) are at or past
        // the new life, so their book values 10 − 3 × 10/6 = 5 and 10 − 2 × 10/6 = 6.667 are written off in 2023:
        // catch-up 11.667. Vintage 2022 (age 1) spreads 8.333 over its last year; 2023's own vintage 10 / 2 = 5.
        // D_scenario 2023 = 25, D_reported = 4 × 10/6 = 6.667, ΔD = 18.333, run-rate ΔD = 6.667.
        Scenario s = Fixtures.scenario(new DepreciationPolicy.SwitchTo(2, 2023), 1.0, Convention.FULL_YEAR, 2023, 0,
                0, 0);
        ModelResult r = EconomicsModel.compute(new Fixtures.Builder().company("Co", 12, Role.HYPERSCALER)
                .capex("Co", 2020, 10).capex("Co", 2021, 10).capex("Co", 2022, 10)
                .life("Co", "servers", "2010-01-01", 6).build(), s);
        ModelResult.CompanyYear y23 = r.companies().stream().filter(y -> y.fiscalYear() == 2023).findFirst()
                .orElseThrow();
        assertEquals(25, y23.depreciationScenario(), EPS);
        assertEquals(40.0 / 6, y23.depreciationReportedPolicy(), EPS);
        assertEquals(25 - 40.0 / 6, y23.deltaDepreciation(), EPS);
        assertEquals(5 + 20.0 / 3, y23.catchUpWriteOff(), EPS);
        assertEquals(25 - 40.0 / 6 - 5 - 20.0 / 3, y23.runRateDeltaDepreciation(), EPS);
        for (ModelResult.CompanyYear y : r.companies()) {
            if (y.fiscalYear() < 2023) {
                assertEquals(0, y.catchUpWriteOff(), 0, "no catch-up before the switch");
            }
        }
    }

    @Test
    void anAdjustedNetIncomeUnderTheSetShareIsNotMeaningfulButTheBoundedShareStays() {
        // EconomicsModelTest's Hyper under 2 years: 2021 NI 24, ΔD 10, tax 25 %: adjusted NI 16.5 = 68.75 % of NI.
        // With the threshold at 70 % the overstatement (24/16.5 − 1 = 45 %) is "n/m"; ΔD·(1 − t)/NI = 7.5/24 stays.
        Fixtures.Builder hyper = new Fixtures.Builder().company("Hyper", 12, Role.HYPERSCALER)
                .capex("Hyper", 2020, 40).capex("Hyper", 2021, 40)
                .financials("Hyper", 2020, 100.0, 30.0, 20.0, 0.20)
                .financials("Hyper", 2021, 120.0, 36.0, 24.0, 0.25)
                .life("Hyper", "servers", "2010-01-01", 4);
        Scenario base = Fixtures.scenario(new DepreciationPolicy.Uniform(2), 0.5, Convention.FULL_YEAR, 2021, 0.1,
                0.1, 0);
        ModelResult.CompanyYear shown = EconomicsModel.compute(hyper.build(), base).companies().get(1);
        assertEquals(24 / 16.5 - 1, shown.earningsOverstatement(), EPS);
        assertEquals(Overstatement.SHOWN, shown.earningsOverstatementStatus());
        ModelResult.CompanyYear nm = EconomicsModel.compute(hyper.build(),
                base.toBuilder().overstatementMinAdjustedShare(0.7).build()).companies().get(1);
        assertNull(nm.earningsOverstatement());
        assertEquals(Overstatement.NOT_MEANINGFUL, nm.earningsOverstatementStatus());
        assertEquals("not_meaningful", nm.earningsOverstatementReason());
        assertEquals(7.5 / 24, nm.understatedDepreciationShare(), EPS);
        // The default 20 %: 1.9 of 10 is n/m, 2.0 is shown (+400 %), a loss is "adjusted loss".
        assertEquals(Overstatement.NOT_MEANINGFUL, Overstatement.of(10, 1.9, 0.2));
        assertEquals(Overstatement.SHOWN, Overstatement.of(10, 2.0, 0.2));
        assertEquals(Overstatement.ADJUSTED_LOSS, Overstatement.of(10, -0.1, 0.2));
    }

    @Test
    void theNormalisedTaxRateIsTheMedianOfTheLastThreeRates() {
        // 0.10, 0.40 (a one-off), 0.20, 0.21 → the last three 0.40, 0.20, 0.21 → median 0.21.
        assertEquals(0.21, CompanyFigures.normalisedTaxRate(new double[] {0.10, 0.40, 0.20, 0.21}, 0.5), EPS);
        assertEquals(0.5, CompanyFigures.normalisedTaxRate(new double[] {Double.NaN}, 0.5), EPS);
        assertEquals(0, CompanyFigures.normalisedTaxRate(new double[] {-0.2}, 0.5), EPS);
    }
}

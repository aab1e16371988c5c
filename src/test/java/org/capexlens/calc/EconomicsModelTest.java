package org.capexlens.calc;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.domain.Status;
import org.junit.jupiter.api.Test;

/** The margin model on a small hand-built dataset, every figure computed by hand (DESIGN §3.3). */
class EconomicsModelTest {
    private static final double EPS = 1e-9;

    /**
     * Hyper: calendar year, capex 40 in 2020 and 2021, servers 4 years since 2010.
     * 2020: revenue 100, OI 30, NI 20, tax 20 %. 2021: revenue 120, OI 36, NI 24, tax 25 %.
     */
    private static Fixtures.Builder hyper() {
        return new Fixtures.Builder().company("Hyper", 12, Role.HYPERSCALER)
                .capex("Hyper", 2020, 40).capex("Hyper", 2021, 40)
                .financials("Hyper", 2020, 100.0, 30.0, 20.0, 0.20)
                .financials("Hyper", 2021, 120.0, 36.0, 24.0, 0.25)
                .life("Hyper", "servers", "2010-01-01", 4);
    }

    private static ModelResult.CompanyYear row(ModelResult r, String company, int year) {
        return r.companies().stream().filter(c -> c.company().equals(company) && c.fiscalYear() == year)
                .findFirst().orElseThrow();
    }

    @Test
    void twoYearLivesInsteadOfFourCutHypersMarginAndOverstateItsEarnings() {
        // s = 0.5, full-year, long life 20: short part 20 a year, long part 20 a year (1 of D per vintage-year).
        // Reported (4 y) short D: 2020 5, 2021 10; scenario (2 y): 2020 10, 2021 20. Long D: 1, 2.
        // D_reported = 6, 12; D_scenario = 11, 22; ΔD = 5, 10.
        // 2020: adj OI 30 − 5 = 25, margin 0.25; adj NI 20 − 5 × 0.8 = 16; overstatement 20/16 − 1 = 0.25.
        // 2021: adj OI 36 − 10 = 26, margin 26/120; adj NI 24 − 10 × 0.75 = 16.5; overstatement 24/16.5 − 1.
        // Maintenance under 2 years: 2020 20/2 = 10; 2021 (20 + 20)/2 = 20.
        Scenario s = Fixtures.scenario(new DepreciationPolicy.Uniform(2), 0.5, Convention.FULL_YEAR, 2021, 0.1, 0.1,
                0.2);
        ModelResult r = EconomicsModel.compute(hyper().build(), s);
        assertEquals(2, r.companies().size());

        ModelResult.CompanyYear y20 = row(r, "Hyper", 2020);
        assertEquals(Status.REPORTED, y20.status());
        assertEquals(40, y20.capex(), EPS);
        assertEquals(6, y20.depreciationReportedPolicy(), EPS);
        assertEquals(11, y20.depreciationScenario(), EPS);
        assertEquals(5, y20.deltaDepreciation(), EPS);
        assertEquals(25, y20.adjustedOperatingIncome(), EPS);
        assertEquals(0.25, y20.adjustedOperatingMargin(), EPS);
        assertEquals(16, y20.adjustedNetIncome(), EPS);
        assertEquals(0.25, y20.earningsOverstatement(), EPS);
        assertEquals(10, y20.maintenanceCapex(), EPS);

        ModelResult.CompanyYear y21 = row(r, "Hyper", 2021);
        assertEquals(12, y21.depreciationReportedPolicy(), EPS);
        assertEquals(22, y21.depreciationScenario(), EPS);
        assertEquals(10, y21.deltaDepreciation(), EPS);
        assertEquals(26, y21.adjustedOperatingIncome(), EPS);
        assertEquals(26.0 / 120, y21.adjustedOperatingMargin(), EPS);
        assertEquals(16.5, y21.adjustedNetIncome(), EPS);
        assertEquals(24 / 16.5 - 1, y21.earningsOverstatement(), EPS);
        assertEquals(20, y21.maintenanceCapex(), EPS);
    }

    @Test
    void breakEvenLifeIsTheShortestLifeKeepingTheTargetMargin() {
        // Target 20 %. 2020: adjusted OI(L) = 30 − (20/L + 1 − 6) for L ≥ 1 → ≥ 20 needs 20/L ≤ 15 → L ≥ 4/3.
        // 2021: the short-lived D of two vintages of 20 is 20 for every L ≤ 2 (one vintage ends, one starts), so
        // adjusted OI = 36 − (20 + 2 − 12) = 26 ≥ 24 even with the capex expensed (D = that year's 20): issue 14 says
        // "profitable even if expensed" instead of printing the search floor (0.5 before).
        Scenario s = Fixtures.scenario(new DepreciationPolicy.Uniform(2), 0.5, Convention.FULL_YEAR, 2021, 0.1, 0.1,
                0.2);
        ModelResult r = EconomicsModel.compute(hyper().build(), s);
        double be2020 = row(r, "Hyper", 2020).breakEvenLifeYears();
        assertTrue(be2020 >= 4.0 / 3 && be2020 <= 4.0 / 3 + MarginModel.LIFE_TOLERANCE, "was " + be2020);
        assertEquals(BreakEvenStatus.SOLVED, row(r, "Hyper", 2020).breakEvenStatus());
        assertNull(row(r, "Hyper", 2021).breakEvenLifeYears());
        assertEquals(BreakEvenStatus.PROFITABLE_IF_EXPENSED, row(r, "Hyper", 2021).breakEvenStatus());
    }

    @Test
    void breakEvenLifeIsNullWhenEvenTwentyYearsMissTheTarget() {
        // 2020 at 20 years: adjusted OI = 30 − (1 + 1 − 6) = 34 → 34 % < 90 %.
        Scenario s = Fixtures.scenario(new DepreciationPolicy.Uniform(2), 0.5, Convention.FULL_YEAR, 2021, 0.1, 0.1,
                0.9);
        ModelResult.CompanyYear y = row(EconomicsModel.compute(hyper().build(), s), "Hyper", 2020);
        assertNull(y.breakEvenLifeYears());
        assertEquals(BreakEvenStatus.NEEDS_MORE_THAN, y.breakEvenStatus(), "a status, not the search bound");
    }

    @Test
    void projectedYearsGrowCapexAndRevenueFromTheNormalisedMarginAndTaxRate() {
        // Capex +10 %: 2022 44, 2023 48.4 (short and long halves 22, 24.2).
        // Reported (4 y) short D 2022 (20+20+22)/4 = 15.5, 2023 (20+20+22+24.2)/4 = 21.55; long D 3.1, 4.31.
        //   D_reported 2022 = 18.6, 2023 = 25.86.
        // Scenario (2 y) short D 2022 10 + 11 = 21, 2023 11 + 12.1 = 23.1 → D_scenario 24.1, 27.41; ΔD 5.5, 1.55.
        // Issue 14, normalised: pre-depreciation margins 2020 (30 + 6) / 100 = 0.36, 2021 (36 + 12) / 120 = 0.40,
        // median 0.38; tax rates 20 % and 25 %, median 22.5 %. Revenue 132, 145.2.
        // OI 2022 = 132 × 0.38 − 18.6 = 31.56; 2023 = 55.176 − 25.86 = 29.316. NI = OI × 0.775: 24.459, 22.7199.
        // (Before issue 14: margin 0.40 and NI = OI × 24/36, i.e. OI 34.2, NI 22.8.)
        // 2022: adj OI 26.06, adj NI 24.459 − 5.5 × 0.775 = 20.1965; ΔD·(1 − t)/NI = 4.2625 / 24.459.
        Scenario s = Fixtures.scenario(new DepreciationPolicy.Uniform(2), 0.5, Convention.FULL_YEAR, 2023, 0.1, 0.1,
                0.2);
        ModelResult r = EconomicsModel.compute(hyper().build(), s);
        assertEquals(4, r.companies().size());
        ModelResult.CompanyYear y22 = row(r, "Hyper", 2022);
        assertEquals(Status.SCENARIO, y22.status());
        assertEquals(44, y22.capex(), EPS);
        assertEquals(132, y22.revenue(), EPS);
        assertEquals(18.6, y22.depreciationReportedPolicy(), EPS);
        assertEquals(24.1, y22.depreciationScenario(), EPS);
        assertEquals(31.56, y22.operatingIncome(), EPS);
        assertEquals(24.459, y22.netIncome(), EPS);
        assertEquals(26.06, y22.adjustedOperatingIncome(), EPS);
        assertEquals(26.06 / 132, y22.adjustedOperatingMargin(), EPS);
        assertEquals(20.1965, y22.adjustedNetIncome(), EPS);
        assertEquals(24.459 / 20.1965 - 1, y22.earningsOverstatement(), EPS);
        assertEquals(4.2625 / 24.459, y22.understatedDepreciationShare(), EPS);

        ModelResult.CompanyYear y23 = row(r, "Hyper", 2023);
        assertEquals(48.4, y23.capex(), EPS);
        assertEquals(145.2, y23.revenue(), EPS);
        assertEquals(29.316, y23.operatingIncome(), EPS);
        assertEquals(22.7199, y23.netIncome(), EPS);
        assertEquals(1.55, y23.deltaDepreciation(), EPS);
        assertEquals(27.766, y23.adjustedOperatingIncome(), EPS);
        assertEquals(22.7199 - 1.55 * 0.775, y23.adjustedNetIncome(), EPS);
    }

    @Test
    void asReportedScenarioChangesNothing() {
        ModelResult r = EconomicsModel.compute(hyper().build(),
                Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.HALF_YEAR, 2025, 0.1, 0.1, 0));
        for (ModelResult.CompanyYear y : r.companies()) {
            assertEquals(0, y.deltaDepreciation(), 0);
            assertEquals(y.operatingIncome(), y.adjustedOperatingIncome());
            assertEquals(0, y.earningsOverstatement(), 0);
        }
    }

    @Test
    void overstatementIsNullWhenAdjustedNetIncomeIsNotPositive() {
        // 2020 with s = 1 and a 0.5-year life: short D 40 vs 10 reported → ΔD 30; adj NI = 20 − 30 × 0.8 = −4.
        Dataset ds = hyper().build();
        ModelResult r = EconomicsModel.compute(ds,
                Fixtures.scenario(new DepreciationPolicy.Uniform(0.5), 1, Convention.FULL_YEAR, 2021, 0, 0, 0));
        ModelResult.CompanyYear y = row(r, "Hyper", 2020);
        assertEquals(30, y.deltaDepreciation(), EPS);
        assertEquals(-4, y.adjustedNetIncome(), EPS);
        assertNull(y.earningsOverstatement());
    }

    @Test
    void perCompanyOverrideReplacesTheScenarioPolicyForThatCompanyOnly() {
        Dataset ds = hyper().company("Other", 12, Role.HYPERSCALER).capex("Other", 2020, 40)
                .life("Other", "servers", "2010-01-01", 4).build();
        Scenario s = Fixtures.scenario(new DepreciationPolicy.Uniform(2), Map.of("Other", DepreciationPolicy.REPORTED),
                0.5, 0, Convention.FULL_YEAR, 2020, 0, 0, 0);
        ModelResult r = EconomicsModel.compute(ds, s);
        assertEquals(5, row(r, "Hyper", 2020).deltaDepreciation(), EPS);
        assertEquals(0, row(r, "Other", 2020).deltaDepreciation(), 0);
    }

    @Test
    void onlyHyperscalersWithCapexGetRows() {
        Dataset ds = hyper().company("Nvidia", 1, Role.CHIP_VENDOR).capex("Nvidia", 2020, 3)
                .company("Empty", 12, Role.HYPERSCALER).build();
        ModelResult r = EconomicsModel.compute(ds, Scenario.defaults().withPolicy(new DepreciationPolicy.Uniform(3)));
        assertEquals(List.of("Hyper"), r.companies().stream().map(ModelResult.CompanyYear::company).distinct()
                .toList());
        assertEquals(2020, r.companies().get(0).fiscalYear());
        assertEquals(2030, r.companies().get(r.companies().size() - 1).fiscalYear());
    }

    @Test
    void capexGuidanceIsUsedAsGivenAndGapsAreFilledOnAStraightLine() {
        // 2022 is missing between 2021 (40) and 2023 guidance (80): filled with 60, status scenario.
        Dataset ds = hyper().capex("Hyper", 2023, 80, Status.GUIDANCE).build();
        ModelResult r = EconomicsModel.compute(ds,
                Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.FULL_YEAR, 2024, 0.5, 0, 0));
        assertEquals(60, row(r, "Hyper", 2022).capex(), EPS);
        assertEquals(Status.SCENARIO, row(r, "Hyper", 2022).status());
        assertEquals(80, row(r, "Hyper", 2023).capex(), EPS);
        assertEquals(120, row(r, "Hyper", 2024).capex(), EPS);
        assertEquals(List.of(new ModelNotice(ModelNotice.Kind.CAPEX_GAP_FILLED, "Hyper", "2022")),
                EconomicsModel.notices(ds, Scenario.defaults()));
    }

    @Test
    void guidanceRowsMakeTheYearGuidance() {
        Dataset ds = hyper().capex("Hyper", 2022, 50, Status.GUIDANCE).build();
        ModelResult r = EconomicsModel.compute(ds,
                Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.FULL_YEAR, 2022, 0, 0, 0));
        // 2022 has guidance capex and projected financials: the projection wins.
        assertEquals(Status.SCENARIO, row(r, "Hyper", 2022).status());
        Dataset noFin = new Fixtures.Builder().company("H", 12, Role.HYPERSCALER)
                .capex("H", 2022, 50, Status.GUIDANCE).build();
        assertEquals(Status.GUIDANCE, EconomicsModel.compute(noFin,
                Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.FULL_YEAR, 2022, 0, 0, 0))
                .companies().get(0).status());
    }

    @Test
    void identicalInputsGiveEqualResults() {
        Scenario s = Fixtures.scenario(new DepreciationPolicy.SwitchTo(3, 2021), 0.6, Convention.HALF_YEAR, 2026,
                0.2, 0.05, 0.1);
        assertEquals(EconomicsModel.compute(hyper().build(), s), EconomicsModel.compute(hyper().build(), s));
    }

    @Test
    void noticesNameHyperscalersWithoutHistoryThenUntestableBacktestRows() {
        Dataset ds = new Fixtures.Builder().company("Oracle", 5, Role.HYPERSCALER).capex("Oracle", 2024, 10)
                .company("Chips", 1, Role.CHIP_VENDOR).capex("Chips", 2024, 1)
                .life("Ghost", "servers", "2020-01-01", 5, 1.0, "operating income", "2020").build();
        assertEquals(List.of(new ModelNotice(ModelNotice.Kind.NO_LIFE_HISTORY, "Oracle", "5"),
                new ModelNotice(ModelNotice.Kind.BACKTEST_NO_CAPEX, "Ghost", "2020")),
                EconomicsModel.notices(ds, Scenario.defaults()));
        // The fallback life is the reported policy: 10 × 0.5 over 5 years, half-year → 0.5; long 5 / 20 / 2.
        ModelResult.CompanyYear y = EconomicsModel.compute(ds, Scenario.defaults()).companies().get(0);
        assertEquals(0.5 + 0.125, y.depreciationReportedPolicy(), EPS);
    }

    @Test
    void unknownCompaniesHaveNoDepreciationDetail() {
        assertEquals(java.util.Optional.empty(), DepreciationEngine.depreciate(hyper().build(), Scenario.defaults(),
                "Nobody", DepreciationPolicy.REPORTED));
    }
}

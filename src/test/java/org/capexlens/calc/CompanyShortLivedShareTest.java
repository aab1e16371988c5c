package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.capexlens.domain.CapexRow;
import org.capexlens.domain.Company;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.capexlens.domain.Status;
import org.capexlens.domain.UsefulLifeChange;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a company's own short-lived share replaces the scenario's (default) share for it, everywhere the share
 * is used, while the scenario's {@code company_short_lived_shares} is on; off, every company takes the default.
 * <p>
 * The dataset, worked by hand: companies A (own share 1) and B (none, so the default 0.5), calendar years, each
 * buying 100 in 2020; capex growth 0, so 2021 onward is 100 a year too. Servers 4 years from 2015, so
 * half-year convention: a vintage is depreciated 12.5 in its own year and 25 a year after; the long-lived part over
 * 20 years: 2.5 in its own year, 5 after.
 * <ul>
 * <li>2020, reported policy: short 12.5, long 2.5. A (s = 1): D = 12.5. B (s = 0.5): 0.5·12.5 + 0.5·2.5 = 7.5;</li>
 * <li>2021: short 25 + 12.5 = 37.5, long 5 + 2.5 = 7.5. A: 37.5; B: 0.5·37.5 + 0.5·7.5 = 22.5;</li>
 * <li>uniform 2 years, 2020: short 25 (half a year of 100/2), so ΔD = s·(25 − 12.5): A 12.5, B 6.25.</li>
 * </ul>
 */
class CompanyShortLivedShareTest {

    private static Dataset dataset(List<UsefulLifeChange> extraLives) {
        Company a = new Company("A", "A", 12, Role.HYPERSCALER).withShortLivedShare(1.0, "src-1", "test share");
        Company b = new Company("B", "B", 12, Role.HYPERSCALER);
        List<CapexRow> capex = List.of(new CapexRow("A", 2020, 100, Status.REPORTED, "src-1", ""),
                new CapexRow("B", 2020, 100, Status.REPORTED, "src-1", ""));
        List<UsefulLifeChange> lives = new java.util.ArrayList<>(List.of(
                new UsefulLifeChange("A", "servers", LocalDate.of(2015, 1, 1), 4, null, "", "", "src-1"),
                new UsefulLifeChange("B", "servers", LocalDate.of(2015, 1, 1), 4, null, "", "", "src-1")));
        lives.addAll(extraLives);
        return new Dataset(List.of(a, b), capex, List.of(), lives, List.of(), List.of(), List.of());
    }

    private static Scenario flat() {
        return Scenario.defaults().toBuilder().capexGrowth(0).build();
    }

    private static ModelResult.CompanyYear row(List<ModelResult.CompanyYear> rows, String company, int year) {
        return rows.stream().filter(r -> r.company().equals(company) && r.fiscalYear() == year).findFirst()
                .orElseThrow();
    }

    @Test
    void aCompanyWithItsOwnShareUsesItAndTheOtherTheDefault() {
        List<ModelResult.CompanyYear> rows = MarginModel.compute(dataset(List.of()), flat());
        assertEquals(12.5, row(rows, "A", 2020).depreciationReportedPolicy(), 1e-9);
        assertEquals(7.5, row(rows, "B", 2020).depreciationReportedPolicy(), 1e-9);
        assertEquals(37.5, row(rows, "A", 2021).depreciationReportedPolicy(), 1e-9);
        assertEquals(22.5, row(rows, "B", 2021).depreciationReportedPolicy(), 1e-9);
    }

    @Test
    void theDeltaUnderAShorterLifeScalesWithEachCompanysShare() {
        Scenario twoYears = flat().withPolicy(new DepreciationPolicy.Uniform(2));
        List<ModelResult.CompanyYear> rows = MarginModel.compute(dataset(List.of()), twoYears);
        assertEquals(12.5, row(rows, "A", 2020).deltaDepreciation(), 1e-9);
        assertEquals(6.25, row(rows, "B", 2020).deltaDepreciation(), 1e-9);
        // A: 1 × 25 = 25; B: 0.5 × 25 + 0.5 × 2.5 = 13.75.
        assertEquals(25, row(rows, "A", 2020).depreciationScenario(), 1e-9);
        assertEquals(13.75, row(rows, "B", 2020).depreciationScenario(), 1e-9);
    }

    @Test
    void withTheFlagOffEveryCompanyTakesTheDefaultShare() {
        Scenario off = flat().toBuilder().companyShortLivedShares(false).build();
        List<ModelResult.CompanyYear> rows = MarginModel.compute(dataset(List.of()), off);
        // A as B: 0.5 × 12.5 + 0.5 × 2.5 = 7.5 in 2020, 22.5 in 2021.
        assertEquals(7.5, row(rows, "A", 2020).depreciationReportedPolicy(), 1e-9);
        assertEquals(22.5, row(rows, "A", 2021).depreciationReportedPolicy(), 1e-9);
        assertEquals(7.5, row(rows, "B", 2020).depreciationReportedPolicy(), 1e-9);
    }

    @Test
    void anotherDefaultShareMovesOnlyTheCompaniesWithoutTheirOwn() {
        // What a sensitivity or a simulation does when it varies s: B at 0.3 is 0.3 × 12.5 + 0.7 × 2.5 = 5.5 in
        // 2020; A keeps its own 1 (12.5).
        List<ModelResult.CompanyYear> rows = MarginModel.compute(dataset(List.of()), flat().withShortLivedShare(0.3));
        assertEquals(12.5, row(rows, "A", 2020).depreciationReportedPolicy(), 1e-9);
        assertEquals(5.5, row(rows, "B", 2020).depreciationReportedPolicy(), 1e-9);
    }

    /**
     * The life × share grid varies the default share only: ΔD 2020 summed over A and B under a uniform 2 years is
     * A 1·(25 − 12.5) + B s·(25 − 12.5) = 12.5 + 12.5·s (s = 0.2: 15; s = 0.6: 20); with the flag off both take s:
     * 25·s (5; 15).
     */
    @Test
    void theSensitivityGridVariesTheDefaultShareOnly() {
        Sensitivity.Output dd2020 = new Sensitivity.CumulativeDeltaDepreciation(2020, 2020);
        Sensitivity.AxisValues life = new Sensitivity.AxisValues(Sensitivity.Axis.LIFE, List.of(2.0));
        Sensitivity.AxisValues share = new Sensitivity.AxisValues(Sensitivity.Axis.SHORT_LIVED_SHARE,
                List.of(0.2, 0.6));
        Sensitivity.Grid on = Sensitivity.grid(dataset(List.of()), flat(), dd2020, life, share);
        assertEquals(15, on.values().get(0).get(0), 1e-9);
        assertEquals(20, on.values().get(0).get(1), 1e-9);
        Sensitivity.Grid off = Sensitivity.grid(dataset(List.of()),
                flat().toBuilder().companyShortLivedShares(false).build(), dd2020, life, share);
        assertEquals(5, off.values().get(0).get(0), 1e-9);
        assertEquals(15, off.values().get(0).get(1), 1e-9);
    }

    /**
     * A drawn share replaces the default only: one run with the share fixed at 0.2 under a uniform 2 years gives ΔD
     * 2020 = A 1·12.5 + B 0.2·12.5 = 15 (the grid's first cell above).
     */
    @Test
    void aSimulatedShareReplacesTheDefaultOnly() {
        Scenario drawn = flat().toBuilder().policy(new DepreciationPolicy.Uniform(2))
                .uncertainty(new org.capexlens.scenario.Uncertainty(java.util.Map.of("short_lived_share",
                        new org.capexlens.scenario.Distribution.Fixed(0.2)))).build();
        MonteCarlo.Summary s = MonteCarlo.run(dataset(List.of()), drawn, 1, 7, 2020, 2020, MonteCarlo.Monitor.NONE);
        assertEquals(15, s.deltaDepreciationWindow().p50(), 1e-9);
    }

    @Test
    void theVintageViewAndTheCalibrationUseTheCompanysShare() {
        // DepreciationEngine.depreciate is what the calibration and the vintage chart read.
        CompanyDepreciation a = DepreciationEngine.depreciate(dataset(List.of()), flat(), "A",
                DepreciationPolicy.REPORTED).orElseThrow();
        assertEquals(12.5, a.year(2020).orElseThrow().total(), 1e-9);
        assertEquals(0, a.year(2020).orElseThrow().longLived(), 1e-9);
        CompanyDepreciation b = DepreciationEngine.depreciate(dataset(List.of()), flat(), "B",
                DepreciationPolicy.REPORTED).orElseThrow();
        assertEquals(7.5, b.year(2020).orElseThrow().total(), 1e-9);
    }

    /**
     * Back-test of a change 4 → 5 years from 2021-01-01 with a disclosed effect of 1 in 2021, actual basis (all
     * vintages). At s = 1: the 2020 vintage (in service from 2020.5, 87.5 left at 2021.0, age 0.5) gives 25 a year
     * under 4 years and 87.5 / 4.5 = 19.444 under 5 years; the 2021 vintage gives half a year of 100/4 = 12.5 vs
     * 100/5 = 10. Model effect at s = 1: (25 − 19.444) + (12.5 − 10) = 8.0556. A (own 1): 8.0556; B (0.5): 4.0278.
     */
    @Test
    void theBacktestUsesEachCompanysShare() {
        List<UsefulLifeChange> changes = List.of(
                new UsefulLifeChange("A", "servers", LocalDate.of(2021, 1, 1), 5, 1.0, "operating income", "2021",
                        "src-1"),
                new UsefulLifeChange("B", "servers", LocalDate.of(2021, 1, 1), 5, 1.0, "operating income", "2021",
                        "src-1"));
        double unit = 25 - 87.5 / 4.5 + 2.5;
        List<ModelResult.BacktestRow> rows = Backtest.compute(dataset(changes), flat());
        assertEquals(unit, rows.get(0).model(), 1e-9);
        assertEquals(0.5 * unit, rows.get(1).model(), 1e-9);
        List<ModelResult.BacktestRow> off = Backtest.compute(dataset(changes),
                flat().toBuilder().companyShortLivedShares(false).build());
        assertEquals(0.5 * unit, off.get(0).model(), 1e-9);
        // The best fit asks which single share explains every disclosure: own shares are not used. Both rows have
        // m = 8.0556 and d = 1 at s = 1, so s* = 2·m / (2·m²) = 1 / 8.0556.
        assertEquals(1 / unit, Backtest.bestFitShortLivedShare(dataset(changes), flat()).getAsDouble(), 1e-9);
    }

    @Test
    void theSharesReportSaysWhichIsTheCompanysOwn() {
        List<ShortLivedShares.Used> used = ShortLivedShares.of(dataset(List.of()), flat());
        assertEquals(new ShortLivedShares.Used("A", 1.0, true, "src-1", "test share"), used.get(0));
        assertEquals(new ShortLivedShares.Used("B", 0.5, false, "", ""), used.get(1));
        List<ShortLivedShares.Used> off = ShortLivedShares.of(dataset(List.of()),
                flat().toBuilder().companyShortLivedShares(false).build());
        assertFalse(off.get(0).own());
        assertEquals(0.5, off.get(0).share());
    }

    @Test
    void theScenarioFlagIsOnByDefault() {
        assertTrue(Scenario.defaults().companyShortLivedShares());
    }
}

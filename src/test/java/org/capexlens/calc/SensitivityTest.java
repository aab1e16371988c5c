package org.capexlens.calc;
import org.capexlens.scenario.Convention;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.capexlens.domain.Dataset;
import org.capexlens.domain.Role;
import org.junit.jupiter.api.Test;

/** Sensitivities agree with the full model run at each setting, and with hand-computed figures. */
class SensitivityTest {
    private static final double EPS = 1e-9;

    /** Two hyperscalers, calendar years; Hyper as in {@link EconomicsModelTest}, Big twice as large. */
    private static Dataset dataset() {
        return new Fixtures.Builder()
                .company("Hyper", 12, Role.HYPERSCALER).capex("Hyper", 2020, 40).capex("Hyper", 2021, 40)
                .financials("Hyper", 2020, 100.0, 30.0, 20.0, 0.20).financials("Hyper", 2021, 120.0, 36.0, 24.0, 0.25)
                .life("Hyper", "servers", "2010-01-01", 4)
                .company("Big", 12, Role.HYPERSCALER).capex("Big", 2019, 50).capex("Big", 2020, 80)
                .capex("Big", 2021, 120).financials("Big", 2021, 300.0, 90.0, 70.0, 0.18)
                .life("Big", "servers", "2010-01-01", 4).life("Big", "servers", "2020-07-01", 6)
                .company("Chips", 1, Role.CHIP_VENDOR).capex("Chips", 2021, 5)
                .build();
    }

    private static Scenario base() {
        return Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.HALF_YEAR, 2024, 0.1, 0.05, 0.1);
    }

    private static Scenario with(Scenario s, double life, double share, double capexGrowth) {
        return s.toBuilder().policy(new DepreciationPolicy.Uniform(life)).companyOverrides(java.util.Map.of())
                .shortLivedShare(share).capexGrowth(capexGrowth).build();
    }

    private static ModelResult.CompanyYear row(ModelResult r, String company, int year) {
        return r.companies().stream().filter(c -> c.company().equals(company) && c.fiscalYear() == year)
                .findFirst().orElseThrow();
    }

    @Test
    void marginVsLifeIsTheModelsAdjustedMarginUnderEachUniformLife() {
        List<Sensitivity.LifePoint> points = Sensitivity.marginVsLife(dataset(), base(), "Big", 2023);
        assertEquals(15, points.size());
        assertEquals(1.0, points.get(0).lifeYears(), 0);
        assertEquals(8.0, points.get(14).lifeYears(), 0);
        for (Sensitivity.LifePoint p : points) {
            ModelResult r = EconomicsModel.compute(dataset(), with(base(), p.lifeYears(), 0.5, 0.1));
            assertEquals(row(r, "Big", 2023).adjustedOperatingMargin(), p.adjustedOperatingMargin(), EPS);
        }
        // Capex only grows, so a longer life never lowers the margin.
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).adjustedOperatingMargin() >= points.get(i - 1).adjustedOperatingMargin() - EPS);
        }
    }

    @Test
    void marginVsLifeOfAnUnknownCompanyHasNoValues() {
        assertNull(Sensitivity.marginVsLife(dataset(), base(), "Nobody", 2021).get(0).adjustedOperatingMargin());
    }

    @Test
    void lifeByShareGridCellsEqualTheFullModelAtThatSetting() {
        Sensitivity.Output out = new Sensitivity.SummedAdjustedOperatingIncome(2022);
        Sensitivity.Grid g = Sensitivity.grid(dataset(), base(), out,
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 1, 8, 8),
                Sensitivity.AxisValues.range(Sensitivity.Axis.SHORT_LIVED_SHARE, 0, 1, 5));
        assertEquals(8, g.values().size());
        assertEquals(5, g.values().get(0).size());
        for (int r : new int[] {0, 3, 7}) {
            for (int c : new int[] {0, 2, 4}) {
                double life = g.rows().values().get(r);
                double share = g.columns().values().get(c);
                ModelResult m = EconomicsModel.compute(dataset(), with(base(), life, share, 0.1));
                double expected = row(m, "Hyper", 2022).adjustedOperatingIncome()
                        + row(m, "Big", 2022).adjustedOperatingIncome();
                assertEquals(expected, g.values().get(r).get(c), 1e-9, "life " + life + ", share " + share);
            }
        }
    }

    @Test
    void summedAdjustedOperatingIncomeOfHandBuiltHyperWithTwoYearsIsTwentySix() {
        // EconomicsModelTest: Hyper alone, full-year, s = 0.5, 2 years → 2021 adjusted OI 36 − 10 = 26.
        Dataset ds = new Fixtures.Builder().company("Hyper", 12, Role.HYPERSCALER).capex("Hyper", 2020, 40)
                .capex("Hyper", 2021, 40).financials("Hyper", 2021, 120.0, 36.0, 24.0, 0.25)
                .life("Hyper", "servers", "2010-01-01", 4).build();
        Scenario s = Fixtures.scenario(DepreciationPolicy.REPORTED, 0.5, Convention.FULL_YEAR, 2021, 0, 0, 0);
        Sensitivity.Grid g = Sensitivity.grid(ds, s, new Sensitivity.SummedAdjustedOperatingIncome(2021),
                new Sensitivity.AxisValues(Sensitivity.Axis.LIFE, List.of(2.0, 4.0)),
                new Sensitivity.AxisValues(Sensitivity.Axis.SHORT_LIVED_SHARE, List.of(0.5)));
        assertEquals(26, g.values().get(0).get(0), EPS);
        assertEquals(36, g.values().get(1).get(0), EPS); // 4 years is the reported life: ΔD = 0
    }

    @Test
    void lifeByCapexGrowthGridCellsEqualTheFullModelsCumulativeDelta() {
        Sensitivity.Output out = new Sensitivity.CumulativeDeltaDepreciation(2022, 2024);
        Sensitivity.Grid g = Sensitivity.grid(dataset(), base(), out,
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 2, 6, 3),
                Sensitivity.AxisValues.range(Sensitivity.Axis.CAPEX_GROWTH, 0, 0.4, 3));
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                ModelResult m = EconomicsModel.compute(dataset(),
                        with(base(), g.rows().values().get(r), 0.5, g.columns().values().get(c)));
                double expected = m.companies().stream().filter(y -> y.fiscalYear() >= 2022 && y.fiscalYear() <= 2024)
                        .mapToDouble(ModelResult.CompanyYear::deltaDepreciation).sum();
                assertEquals(expected, g.values().get(r).get(c), 1e-9);
            }
        }
        // Shorter lives than reported raise D; more capex growth raises the gap further.
        assertTrue(g.values().get(0).get(2) > g.values().get(0).get(0));
        assertTrue(g.values().get(0).get(0) > 0);
    }

    @Test
    void anAxisEndsExactlyAtItsLastValueSoAGridCanReachTheLargestGrowthAScenarioAllows() {
        Sensitivity.AxisValues growth = Sensitivity.AxisValues.range(Sensitivity.Axis.CAPEX_GROWTH, -0.9, 5, 4);
        // -0.9 + 5.9 would be 5.000000000000001, which no scenario accepts.
        assertEquals(5.0, growth.values().get(3), 0);

        Sensitivity.Grid g = Sensitivity.grid(dataset(), base(),
                new Sensitivity.CumulativeDeltaDepreciation(2022, 2024),
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 2, 6, 2), growth);
        assertEquals(2, g.values().size());
        assertEquals(4, g.values().get(0).size());
    }

    @Test
    void gridRejectsTheSameAxisTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sensitivity.grid(dataset(),
                base(), new Sensitivity.CumulativeDeltaDepreciation(2022, 2024),
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 2, 6, 3),
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 2, 6, 3)));
        assertEquals("rows and columns must vary different assumptions, both are LIFE", e.getMessage());
    }

    @Test
    void tornadoBarsAreSortedBySwingAndMatchTheModelAtTheirSettings() {
        Sensitivity.Output out = new Sensitivity.AdjustedOperatingMargin("Big", 2023);
        List<Sensitivity.TornadoBar> bars = Sensitivity.tornado(dataset(), base(), out);
        assertEquals(6, bars.size());
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(bars.get(i - 1).swing() >= bars.get(i).swing());
        }
        for (Sensitivity.TornadoBar b : bars) {
            assertEquals(Math.abs(b.outputHigh() - b.outputLow()), b.swing(), EPS);
        }
        Sensitivity.TornadoBar life = bars.stream().filter(b -> b.assumption() == Sensitivity.Assumption.LIFE)
                .findFirst().orElseThrow();
        assertEquals(2.5, life.low(), 0);
        assertEquals(5.5, life.high(), 0);
        ModelResult atLow = EconomicsModel.compute(dataset(), with(base(), 2.5, 0.5, 0.1));
        assertEquals(row(atLow, "Big", 2023).adjustedOperatingMargin(), life.outputLow(), EPS);

        Sensitivity.TornadoBar growth = bars.stream()
                .filter(b -> b.assumption() == Sensitivity.Assumption.REVENUE_GROWTH).findFirst().orElseThrow();
        assertEquals(0.0, growth.low(), 1e-12);
        assertEquals(0.10, growth.high(), 1e-12);
    }

    @Test
    void theDefaultTornadoRangesStayWithinTheGrowthAScenarioAllows() {
        // Capex growth 4.95 and revenue growth 4.98: g + 0.10 and g + 0.05 would pass the largest growth, 5.
        Scenario s = base();
        Scenario nearTheTop = s.toBuilder().capexGrowth(4.95).revenueGrowth(4.98).build();

        List<Sensitivity.Range> ranges = Sensitivity.defaultRanges(nearTheTop);
        assertEquals(Sensitivity.Assumption.CAPEX_GROWTH, ranges.get(4).assumption());
        assertEquals(4.85, ranges.get(4).low(), 1e-12);
        assertEquals(5.0, ranges.get(4).high(), 0);
        assertEquals(Sensitivity.Assumption.REVENUE_GROWTH, ranges.get(5).assumption());
        assertEquals(4.93, ranges.get(5).low(), 1e-12);
        assertEquals(5.0, ranges.get(5).high(), 0);
        assertEquals(6, Sensitivity.tornado(dataset(), nearTheTop,
                new Sensitivity.CumulativeDeltaDepreciation(2022, 2024)).size());
    }

    @Test
    void earningsOverstatementOutputMatchesTheModel() {
        Sensitivity.Grid g = Sensitivity.grid(dataset(), base(), new Sensitivity.EarningsOverstatement("Hyper", 2021),
                new Sensitivity.AxisValues(Sensitivity.Axis.LIFE, List.of(2.0)),
                new Sensitivity.AxisValues(Sensitivity.Axis.CAPEX_GROWTH, List.of(0.1)));
        ModelResult m = EconomicsModel.compute(dataset(), with(base(), 2, 0.5, 0.1));
        assertEquals(row(m, "Hyper", 2021).earningsOverstatement(), g.values().get(0).get(0), EPS);
    }
}

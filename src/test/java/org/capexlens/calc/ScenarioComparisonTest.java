package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Key figures side by side; the ratio fixtures' 2025 figures are worked in {@link WhatMustBeTrueTest}. */
class ScenarioComparisonTest {
    private final Dataset data = RatioFixtures.dataset();

    @Test
    void eachScenarioGetsItsOwnFiguresBaselineFirst() {
        Scenario sequoiaLike = Scenario.defaults().toBuilder().name("GPU share 25 %").gpuShareOfDataCenterCost(0.25)
                .build();
        ScenarioComparison.Comparison c = ScenarioComparison.compare(data, List.of(Scenario.defaults(), sequoiaLike),
                2025, 2026, 2028);
        assertEquals(2, c.scenarios().size());
        assertEquals("As reported", c.scenarios().get(0).scenario().name());
        assertEquals(7.0, c.scenarios().get(0).ratio().ratio(), 1e-9);
        // 175 / 0.5 / 0.5 − 25 = 675; with a quarter share 175 / 0.25 / 0.5 − 25 = 1375.
        assertEquals(675.0, c.scenarios().get(0).revenueGap().gap(), 1e-9);
        assertEquals(1375.0, c.scenarios().get(1).revenueGap().gap(), 1e-9);
        // The reported policy against itself: no ΔD.
        assertEquals(0.0, c.scenarios().get(0).deltaDepreciation(), 1e-12);
    }

    /**
     * Issue 14: the ΔD total of a comparison is on calendar years, as on the Overview, not a sum of fiscal years.
     * Hand-computed: company J (fiscal year ends June), capex 8 in FY2021 and none after (FY2022–2023 rows of 0),
     * all short-lived, half-year convention.
     * Reported 4 y: FY2021 1, FY2022 2, FY2023 2; scenario 2 y: FY2021 2, FY2022 4, FY2023 2. ΔD: FY2022 +2,
     * FY2023 0. Calendar 2022 = January–June of FY2022 (+1) + July–December of FY2023 (0) = +1, where the fiscal
     * sum would say +2.
     */
    @Test
    void deltaDepreciationIsSummedOnCalendarYears() {
        Dataset d = new Fixtures.Builder().company("J", 6, org.capexlens.domain.Role.HYPERSCALER)
                .capex("J", 2021, 8).capex("J", 2022, 0).capex("J", 2023, 0).life("J", "servers", "2015-01-01", 4).build();
        Scenario two = Fixtures.scenario(new org.capexlens.scenario.DepreciationPolicy.Uniform(2), 1,
                org.capexlens.scenario.Convention.HALF_YEAR, 2023, 0, 0, 0);
        ScenarioComparison.Comparison c = ScenarioComparison.compare(d, List.of(two), 2022, 2022, 2022);
        assertEquals(1.0, c.scenarios().get(0).deltaDepreciation(), 1e-12);
    }

    @Test
    void oneToFourScenarios() {
        Scenario s = Scenario.defaults();
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.compare(data, List.of(), 2025, 2026,
                2028));
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.compare(data, List.of(s, s, s, s, s),
                2025, 2026, 2028));
    }
}

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

    @Test
    void oneToFourScenarios() {
        Scenario s = Scenario.defaults();
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.compare(data, List.of(), 2025, 2026,
                2028));
        assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.compare(data, List.of(s, s, s, s, s),
                2025, 2026, 2028));
    }
}

package org.capexlens.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioBuilderTest {

    @Test
    void anUnchangedBuilderGivesAnEqualScenario() {
        Scenario d = Scenario.defaults();
        assertEquals(d, d.toBuilder().build());
    }

    @Test
    void onlyTheFieldsSetChange() {
        Scenario d = Scenario.defaults();
        Scenario s = d.toBuilder().name("Three years").policy(new DepreciationPolicy.Uniform(3))
                .companyOverrides(Map.of("Meta", new DepreciationPolicy.Uniform(2.5))).capexGrowth(0.2).build();
        assertEquals("Three years", s.name());
        assertEquals(new DepreciationPolicy.Uniform(3), s.policy());
        assertEquals(new DepreciationPolicy.Uniform(2.5), s.policyFor("Meta"));
        assertEquals(0.2, s.capexGrowth());
        assertEquals(d.revenueGrowth(), s.revenueGrowth());
        assertEquals(d.aiRevenueEntities(), s.aiRevenueEntities());
        assertEquals(d.breakEvenTargetMargin(), s.breakEvenTargetMargin());
    }

    @Test
    void buildChecksRangesLikeTheRecord() {
        ScenarioBuilder b = Scenario.defaults().toBuilder().revenueGrowth(-0.95);
        assertEquals("revenue_growth must be between -0.9 and 5, was -0.95",
                assertThrows(IllegalArgumentException.class, b::build).getMessage());
    }
}

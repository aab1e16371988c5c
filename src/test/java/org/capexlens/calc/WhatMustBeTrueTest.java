package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The solver against closed forms. On {@link RatioFixtures}: calendar 2025 Nvidia data-center revenue = 1/12 × 120
 * (January, FY2025) + 11/12 × 180 (FY2026) = 175, run-rate AI revenue 25, so the ratio is 7 and Sequoia's
 * required revenue 175 ÷ 0.5 ÷ 0.5 = 700.
 */
class WhatMustBeTrueTest {
    private final Dataset data = RatioFixtures.dataset();
    private final Scenario defaults = Scenario.defaults();

    @Test
    void revenueGrowthForTheRatioToReachOneMatchesTheClosedForm() {
        WhatMustBeTrue.Answer a = WhatMustBeTrue.revenueGrowthForRatio(data, defaults, 1, 2030);
        assertEquals(WhatMustBeTrue.Status.SOLVED, a.status());
        // g = (7 × 1.1^5 ÷ 1)^(1/5) − 1 = 7^0.2 × 1.1 − 1 = 1.475773 × 1.1 − 1
        assertEquals(0.623350, a.value(), 1e-6);
        assertEquals(2025, a.baseYear());
        assertEquals(25.0, a.baseValue(), 1e-9);
        // The path ends at coverage 1: revenue equals infrastructure in 2030.
        assertEquals(1.0, a.path().get(a.path().size() - 1).y(), 1e-9);
        assertEquals(1.0 / 7, a.path().get(0).y(), 1e-9);
    }

    @Test
    void revenueGrowthForTheGapToCloseMatchesTheClosedForm() {
        WhatMustBeTrue.Answer a = WhatMustBeTrue.revenueGrowthForGap(data, defaults, 2030);
        // Revenue must reach 4 × infrastructure: g = 28^0.2 × 1.1 − 1 = 1.947294 × 1.1 − 1
        assertEquals(WhatMustBeTrue.Status.SOLVED, a.status());
        assertEquals(1.142024, a.value(), 1e-6);
    }

    @Test
    void aTargetOutOfReachOrAlreadyMetIsAStatusNotABound() {
        // 1× by 2026 needs 7 × 1.1 − 1 = 670 % growth, above the allowed 500 %.
        assertEquals(WhatMustBeTrue.Status.NOT_IN_RANGE,
                WhatMustBeTrue.revenueGrowthForRatio(data, defaults, 1, 2026).status());
        // A ratio of 10 million is met even if revenue shrinks 90 % a year.
        assertEquals(WhatMustBeTrue.Status.ALWAYS_MET,
                WhatMustBeTrue.revenueGrowthForRatio(data, defaults, 1e7, 2030).status());
        assertEquals(WhatMustBeTrue.Status.NO_DATA,
                WhatMustBeTrue.revenueGrowthForRatio(data, defaults, 1, 2025).status());
        assertTrue(Double.isNaN(WhatMustBeTrue.revenueGrowthForRatio(data, defaults, 1, 2026).value()));
    }

    @Test
    void brentFindsTheSquareRootOfTwo() {
        WhatMustBeTrue.Answer a = WhatMustBeTrue.solve(x -> x * x - 2, 0, 2, 0, Double.NaN);
        assertEquals(Math.sqrt(2), a.value(), 1e-9);
    }
}

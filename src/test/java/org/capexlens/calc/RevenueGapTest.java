package org.capexlens.calc;
import org.capexlens.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden figures from the published essays (reference data sequoia_method.csv, copied here by hand) and the Bain
 * test of DESIGN §3.3.
 */
class RevenueGapTest {
    private static final double EPS = 1e-9;

    @Test
    void sequoia2023RequiresTwoHundredBillion() {
        // sequoia_method-001..006: $50B Nvidia run-rate x 2 (GPUs are half of data-center cost) x 2 (50 % end-user
        // margin) = $200B; with $75B of known revenue the hole is $125B.
        double required = RevenueGap.requiredRevenue(50, 0.5, 0.5);
        assertEquals(200, required, EPS);
        assertEquals(125, RevenueGap.gap(required, 75), EPS);
    }

    @Test
    void sequoia2024RequiresSixHundredBillion() {
        // sequoia_method-008/009: $150B Nvidia data-center run-rate x 2 x 2 = $600B.
        double required = RevenueGap.requiredRevenue(150, 0.5, 0.5);
        assertEquals(600, required, EPS);
        // sequoia_method-010/011: Google, Microsoft, Apple, Meta $10B each; Oracle, ByteDance, Alibaba, Tencent,
        // X, Tesla $5B each: 4 x 10 + 6 x 5 = $70B of assumed new AI revenue.
        double assumed = 4 * 10 + 6 * 5;
        double gap = RevenueGap.gap(required, assumed);
        // The rows imply $530B; Sequoia adds "a few more companies" and calls it a $500B hole (sequoia_method-012),
        // which is the implied gap rounded to the nearest $100B.
        assertEquals(530, gap, EPS);
        assertEquals(500, Math.round(gap / 100) * 100.0, EPS);
    }

    @Test
    void bainFiveHundredBillionCapexNeedsTwoTrillion() {
        assertEquals(2000, RevenueGap.requiredRevenueForCapex(500, 0.25), EPS);
    }

    @Test
    void otherSharesChangeTheMultiplier() {
        // 100 / 0.4 / (1 - 0.6) = 625; a margin of 0 leaves only the GPU share: 100 / 0.5 = 200.
        assertEquals(625, RevenueGap.requiredRevenue(100, 0.4, 0.6), EPS);
        assertEquals(200, RevenueGap.requiredRevenue(100, 0.5, 0), EPS);
        assertEquals(-5, RevenueGap.gap(10, 15), EPS);
    }

    @Test
    void refusesSharesOutsideTheirRange() {
        assertEquals("gpu_share_of_data_center_cost must be in (0, 1], was 0.0", assertThrows(
                IllegalArgumentException.class, () -> RevenueGap.requiredRevenue(1, 0, 0.5)).getMessage());
        assertEquals("end_user_gross_margin must be in [0, 1), was 1.0", assertThrows(
                IllegalArgumentException.class, () -> RevenueGap.requiredRevenue(1, 0.5, 1)).getMessage());
        assertEquals("sustainable_capex_intensity must be in (0, 1], was 1.5", assertThrows(
                IllegalArgumentException.class, () -> RevenueGap.requiredRevenueForCapex(1, 1.5)).getMessage());
    }

    @Test
    void computeAppliesSequoiasFormulaToTheRatioYears() {
        // Ratio years 2024 (115 vs 10) and 2025 (175 vs 25): required x4 = 460 and 700, gaps 450 and 675.
        List<ModelResult.RevenueGapRow> rows = RevenueGap.compute(RatioFixtures.dataset(), Scenario.defaults());
        assertEquals(List.of(new ModelResult.RevenueGapRow(2024, 115, 460, 10, 450),
                new ModelResult.RevenueGapRow(2025, 175, 700, 25, 675)), rounded(rows));
    }

    @Test
    void computeUsesTheScenariosSequoiaParameters() {
        // 115 / 0.4 / (1 - 0.6) = 718.75; gap 718.75 - 10 = 708.75.
        List<ModelResult.RevenueGapRow> rows = RevenueGap.compute(RatioFixtures.dataset(),
                RatioFixtures.sequoia(0.4, 0.6, 0.25));
        assertEquals(new ModelResult.RevenueGapRow(2024, 115, 718.75, 10, 708.75), rounded(rows).get(0));
    }

    @Test
    void bainComputeDividesHyperscalerCapexByTheIntensity() {
        // Hyperscaler capex 66 (2023) and 94 (2024) at 25 %: 264 and 376; gaps 264 - 2.5 and 376 - 10.
        List<ModelResult.RevenueGapRow> rows = RevenueGap.computeBain(RatioFixtures.dataset(), Scenario.defaults());
        assertEquals(List.of(new ModelResult.RevenueGapRow(2023, 66, 264, 2.5, 261.5),
                new ModelResult.RevenueGapRow(2024, 94, 376, 10, 366)), rounded(rows));
        // At 20 %: 94 / 0.2 = 470.
        assertEquals(470, RevenueGap.computeBain(RatioFixtures.dataset(), RatioFixtures.sequoia(0.5, 0.5, 0.2))
                .get(1).requiredRevenue(), EPS);
    }

    /** Rows with figures rounded to 1e-9 so that records compare equal despite binary fractions. */
    private static List<ModelResult.RevenueGapRow> rounded(List<ModelResult.RevenueGapRow> rows) {
        return rows.stream().map(r -> new ModelResult.RevenueGapRow(r.year(), r(r.infrastructure()),
                r(r.requiredRevenue()), r(r.applications()), r(r.gap()))).toList();
    }

    private static double r(double v) {
        return Math.round(v * 1e9) / 1e9;
    }
}

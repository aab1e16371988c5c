package org.capexlens.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.CancellationException;
import org.capexlens.domain.Dataset;
import org.capexlens.scenario.Distribution;
import org.capexlens.scenario.Scenario;
import org.capexlens.scenario.Uncertainty;
import org.junit.jupiter.api.Test;

/**
 * The simulation against hand-computed percentiles. On {@link RatioFixtures} the 2025 gap is
 * 175 ÷ g ÷ 0.5 − 25 = 350 ÷ g − 25 for a GPU share g; with g uniform on [0.4, 0.6] the q-th percentile of g is
 * 0.4 + 0.2q, and the gap, falling in g, has its p-th percentile at g's (1 − p)-th.
 */
class MonteCarloTest {
    private final Dataset data = RatioFixtures.dataset();

    private Scenario uniformGpuShare() {
        return Scenario.defaults().toBuilder().uncertainty(new Uncertainty(Map.of("gpu_share_of_data_center_cost",
                new Distribution.Uniform(0.4, 0.6)))).build();
    }

    @Test
    void uniformGpuSharePercentilesOfTheGapMatchTheClosedForm() {
        MonteCarlo.Summary s = MonteCarlo.run(data, uniformGpuShare(), 10_000, 42, 2026, 2028,
                MonteCarlo.Monitor.NONE);
        MonteCarlo.Band gap = s.gap().get(2025);
        // p5: g = 0.59 → 350 / 0.59 − 25 = 568.22; p25: g = 0.55 → 611.36; p50: g = 0.5 → 675;
        // p75: g = 0.45 → 752.78; p95: g = 0.41 → 828.66. Sampling error of a percentile at 10,000 runs is about
        // ±0.5 here; 2.5 allows five of it.
        assertEquals(568.22, gap.p5(), 2.5);
        assertEquals(611.36, gap.p25(), 2.5);
        assertEquals(675.00, gap.p50(), 2.5);
        assertEquals(752.78, gap.p75(), 2.5);
        assertEquals(828.66, gap.p95(), 2.5);
        // The ratio does not depend on the GPU share: a band of one value, 175 / 25 = 7.
        assertEquals(7.0, s.ratio().get(2025).p5(), 1e-9);
        assertEquals(7.0, s.ratio().get(2025).p95(), 1e-9);
    }

    @Test
    void theSameSeedGivesTheSameSummaryAndAnotherSeedAnother() {
        MonteCarlo.Summary a = MonteCarlo.run(data, uniformGpuShare(), 500, 7, 2026, 2028, MonteCarlo.Monitor.NONE);
        MonteCarlo.Summary b = MonteCarlo.run(data, uniformGpuShare(), 500, 7, 2026, 2028, MonteCarlo.Monitor.NONE);
        MonteCarlo.Summary c = MonteCarlo.run(data, uniformGpuShare(), 500, 8, 2026, 2028, MonteCarlo.Monitor.NONE);
        assertEquals(a, b);
        assertNotEquals(a.gap().get(2025), c.gap().get(2025));
    }

    @Test
    void percentilesOfAnEvenGridAreItsOwnValues() {
        // 0, 1, ..., 100: with Commons Statistics' default (R type 8) estimator the p-th percentile of 101 evenly
        // spaced values is h = (n + 1/3)p + 1/3 → the value at position h: p50 → h = 51 → 50; p5 → h = 5.4 →
        // 4 + 0.4 = 4.4; p95 → h = 96.6 → 95.6.
        double[] v = new double[101];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        MonteCarlo.Band b = MonteCarlo.band(v);
        assertEquals(50.0, b.p50(), 1e-9);
        assertEquals(4.4, b.p5(), 1e-9);
        assertEquals(95.6, b.p95(), 1e-9);
    }

    @Test
    void withoutDistributionsEveryRunIsTheScenario() {
        MonteCarlo.Summary s = MonteCarlo.run(data, Scenario.defaults(), 20, 1, 2026, 2028, MonteCarlo.Monitor.NONE);
        assertEquals(675.0, s.gap().get(2025).p5(), 1e-9);
        assertEquals(675.0, s.gap().get(2025).p95(), 1e-9);
    }

    @Test
    void aCancelledRunStops() {
        MonteCarlo.Monitor stop = new MonteCarlo.Monitor() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> MonteCarlo.run(data, uniformGpuShare(), 100, 1, 2026, 2028,
                stop));
    }
}

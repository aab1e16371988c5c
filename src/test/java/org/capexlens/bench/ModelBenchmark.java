package org.capexlens.bench;

import java.util.concurrent.TimeUnit;
import org.capexlens.scenario.DepreciationPolicy;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.scenario.Scenario;
import org.capexlens.calc.Sensitivity;
import org.capexlens.domain.Dataset;
import org.capexlens.io.ImportException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The model targets of DESIGN §7: whole-model recompute on the default dataset ({@code data/ai-economics.xlsx},
 * < 1 ms median), on 1,000 companies × 30 years ({@link SyntheticData#dataset(int, int, long)}, < 100 ms), and a
 * 40 × 40 sensitivity grid on the default dataset (< 50 ms). Sample time gives the median (p0.50) as well as the
 * mean. Eight one-second warm-up iterations: on a busy 2-core machine the JIT needs about five seconds before
 * the grids reach their steady speed.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelBenchmark {
    private Dataset defaultDataset;
    private Dataset thousand;
    private Scenario asReported;
    private Scenario burry;

    @Setup
    public void setUp() throws ImportException {
        defaultDataset = BenchFiles.defaultDataset();
        thousand = SyntheticData.dataset(1000, 30, 42);
        asReported = Scenario.defaults();
        burry = Scenario.defaults().withName("Burry 2-3 years").withPolicy(new DepreciationPolicy.Uniform(2.5));
    }

    @Benchmark
    public ModelResult wholeModelDefaultDatasetAsReported() {
        return EconomicsModel.compute(defaultDataset, asReported);
    }

    @Benchmark
    public ModelResult wholeModelDefaultDatasetBurry() {
        return EconomicsModel.compute(defaultDataset, burry);
    }

    @Benchmark
    public ModelResult wholeModelThousandCompaniesThirtyYears() {
        return EconomicsModel.compute(thousand, burry);
    }

    @Benchmark
    public Sensitivity.Grid grid40x40LifeByShare() {
        return Sensitivity.grid(defaultDataset, burry, new Sensitivity.SummedAdjustedOperatingIncome(2028),
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 1, 8, 40),
                Sensitivity.AxisValues.range(Sensitivity.Axis.SHORT_LIVED_SHARE, 0.2, 0.8, 40));
    }

    @Benchmark
    public Sensitivity.Grid grid40x40LifeByCapexGrowth() {
        return Sensitivity.grid(defaultDataset, burry, new Sensitivity.CumulativeDeltaDepreciation(2026, 2028),
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 1, 8, 40),
                Sensitivity.AxisValues.range(Sensitivity.Axis.CAPEX_GROWTH, -0.2, 0.6, 40));
    }
}

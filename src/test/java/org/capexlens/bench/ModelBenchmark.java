package org.capexlens.bench;

import java.util.concurrent.TimeUnit;
import org.capexlens.calc.DepreciationPolicy;
import org.capexlens.calc.EconomicsModel;
import org.capexlens.calc.ModelResult;
import org.capexlens.calc.Scenario;
import org.capexlens.calc.Sensitivity;
import org.capexlens.domain.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The model targets of DESIGN §7: whole-model recompute on a dataset shaped like the default one (< 1 ms median),
 * 1,000 companies × 30 years (< 100 ms), a 40 × 40 sensitivity grid (< 50 ms). Sample time gives the median
 * (p0.50) as well as the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelBenchmark {
    private Dataset defaultShape;
    private Dataset thousand;
    private Scenario asReported;
    private Scenario burry;

    @Setup
    public void setUp() {
        defaultShape = BenchData.defaultShape();
        thousand = BenchData.synthetic(1000, 42);
        asReported = Scenario.defaults();
        burry = Scenario.defaults().withName("Burry 2-3 years").withPolicy(new DepreciationPolicy.Uniform(2.5));
    }

    @Benchmark
    public ModelResult wholeModelDefaultShapeAsReported() {
        return EconomicsModel.compute(defaultShape, asReported);
    }

    @Benchmark
    public ModelResult wholeModelDefaultShapeBurry() {
        return EconomicsModel.compute(defaultShape, burry);
    }

    @Benchmark
    public ModelResult wholeModelThousandCompaniesThirtyYears() {
        return EconomicsModel.compute(thousand, burry);
    }

    @Benchmark
    public Sensitivity.Grid grid40x40LifeByShare() {
        return Sensitivity.grid(defaultShape, burry, new Sensitivity.SummedAdjustedOperatingIncome(2028),
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 1, 8, 40),
                Sensitivity.AxisValues.range(Sensitivity.Axis.SHORT_LIVED_SHARE, 0.2, 0.8, 40));
    }

    @Benchmark
    public Sensitivity.Grid grid40x40LifeByCapexGrowth() {
        return Sensitivity.grid(defaultShape, burry, new Sensitivity.CumulativeDeltaDepreciation(2026, 2028),
                Sensitivity.AxisValues.range(Sensitivity.Axis.LIFE, 1, 8, 40),
                Sensitivity.AxisValues.range(Sensitivity.Axis.CAPEX_GROWTH, -0.2, 0.6, 40));
    }
}
